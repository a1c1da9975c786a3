import { describe, expect, it } from 'vitest';
import { depthExceeded, looksLikeJson, readJson } from './read-json.js';

describe('readJson', () => {
  it('readJson(text) parses, skipping a byte-order mark', () => {
    expect(readJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('readJson(broken) never throws and says where it stopped', () => {
    const r = readJson('{\n  "a": 1,,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.offset).toBeGreaterThanOrEqual(10);
  });
});

describe('depthExceeded', () => {
  it('readJson(text) refuses nesting deeper than MAX_JSON_DEPTH without calling JSON.parse (fuzz: 300,000 `[` took 0.4 s)', () => {
    const r = readJson(`{"a": ${'['.repeat(300_000)}`);
    expect(r).toEqual({ ok: false, error: 'nested deeper than 512 levels', offset: 6 + 511 });
    expect(depthExceeded('{"s": "[[[[[[", "a": [[1]]}', 3)).toBe(-1);
    expect(depthExceeded('[[[1]]]', 2)).toBe(2);
  });
});

describe('looksLikeJson', () => {
  it('looksLikeJson(text) is true for an object, broken or not, and for a parsed array; false for a bracketed stamp', () => {
    expect(looksLikeJson('{"segments": []}')).toBe(true);
    expect(looksLikeJson('{"segments": [')).toBe(true);
    expect(looksLikeJson('[{"start": 0}]')).toBe(true);
    expect(looksLikeJson('[00:00:01] Ann: hi')).toBe(false);
    expect(looksLikeJson('{laughs} Ann: hi')).toBe(false);
  });
});
