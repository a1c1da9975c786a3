import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectFixture } from './expect-fixture.js';

describe('expectFixture(expectedFile, actual)', () => {
  const before = process.env.UPDATE_FIXTURES;
  afterEach(() => {
    if (before === undefined) delete process.env.UPDATE_FIXTURES;
    else process.env.UPDATE_FIXTURES = before;
  });
  const file = () => join(mkdtempSync(join(tmpdir(), 'podlens-fixture-')), 'x.expected.json');

  it('fails on a missing expected file unless UPDATE_FIXTURES=1, which writes it', () => {
    delete process.env.UPDATE_FIXTURES;
    const f = file();
    expect(() => expectFixture(f, { a: 1 })).toThrow(/UPDATE_FIXTURES=1/);
    process.env.UPDATE_FIXTURES = '1';
    expectFixture(f, { a: 1 });
    expect(JSON.parse(readFileSync(f, 'utf8'))).toEqual({ a: 1 });
  });

  it('compares the whole value: an extra, missing or changed field fails', () => {
    delete process.env.UPDATE_FIXTURES;
    const f = file();
    writeFileSync(f, JSON.stringify({ a: 1, b: [1, 2] }));
    expectFixture(f, { a: 1, b: [1, 2] });
    expect(() => expectFixture(f, { a: 1, b: [1, 2], c: 3 })).toThrow();
    expect(() => expectFixture(f, { a: 1 })).toThrow();
    expect(() => expectFixture(f, { a: 1, b: [2, 1] })).toThrow();
  });
});
