import { describe, expect, it } from 'vitest';
import { describeKeys, findWrapped, num, speakerLabel } from './json-value.js';

describe('json values', () => {
  it('num(v) reads numbers and numeric strings, nothing else', () => {
    expect([num(1.5), num('2.25'), num(''), num('x'), num(Infinity), num(null)]).toEqual([
      1.5,
      2.25,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('speakerLabel(v) keeps names and makes bare numbers and letters `Speaker N`', () => {
    expect([
      speakerLabel('A'),
      speakerLabel(0),
      speakerLabel('SPEAKER_00'),
      speakerLabel(' Ann '),
      speakerLabel(null),
      speakerLabel(''),
    ]).toEqual(['Speaker A', 'Speaker 0', 'SPEAKER_00', 'Ann', undefined, undefined]);
  });

  it('describeKeys(v) lists top-level keys, at most 12', () => {
    expect(describeKeys({ a: 1, b: 2 })).toBe('`a`, `b`');
    expect(describeKeys(Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`k${i}`, i])))).toMatch(/and 2 more$/);
    expect(describeKeys(null)).toBe('a null');
  });

  it('findWrapped(v, test) finds a schema root a few objects down, breadth first', () => {
    const hit = (v: unknown) => (typeof v === 'object' && v !== null && 'segments' in v ? v : undefined);
    expect(findWrapped({ result: { data: { segments: [1] } } }, hit)).toEqual({ segments: [1] });
    expect(findWrapped({ a: { b: { c: { d: { segments: [] } } } } }, hit)).toBeUndefined();
  });
});
