import { describe, expect, it } from 'vitest';
import { looksLikeJson, readJson } from './read-json.js';

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

describe('looksLikeJson', () => {
  it('looksLikeJson(text) is true for an object, broken or not, and for a parsed array; false for a bracketed stamp', () => {
    expect(looksLikeJson('{"segments": []}')).toBe(true);
    expect(looksLikeJson('{"segments": [')).toBe(true);
    expect(looksLikeJson('[{"start": 0}]')).toBe(true);
    expect(looksLikeJson('[00:00:01] Ann: hi')).toBe(false);
    expect(looksLikeJson('{laughs} Ann: hi')).toBe(false);
  });
});
