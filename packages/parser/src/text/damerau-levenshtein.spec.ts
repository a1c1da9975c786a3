import fc from 'fast-check';
import distances from 'natural/lib/natural/distance/levenshtein_distance.js';
import { describe, expect, it } from 'vitest';
import { damerauLevenshtein } from './damerau-levenshtein.js';

describe('damerauLevenshtein', () => {
  it('damerauLevenshtein(a, b) counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(damerauLevenshtein('', '')).toBe(0);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
    expect(damerauLevenshtein('alexey', 'alexey')).toBe(0);
    expect(damerauLevenshtein('alexey', 'alexei')).toBe(1);
    expect(damerauLevenshtein('alexey', 'aelxey')).toBe(1);
    expect(damerauLevenshtein('alexey', 'alexy')).toBe(1);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
  });

  it('damerauLevenshtein(a, b) lets a transposed pair have characters between it (unrestricted: ca -> abc is 2, not 3)', () => {
    expect(damerauLevenshtein('ca', 'abc')).toBe(2);
  });

  it('damerauLevenshtein(a, b) counts each repeated letter (natural said 0 for aa -> aaa and maria -> mariaa)', () => {
    expect(damerauLevenshtein('aa', 'aaa')).toBe(1);
    expect(damerauLevenshtein('maria', 'mariaa')).toBe(1);
    expect(damerauLevenshtein('ba', 'baa')).toBe(1);
  });

  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
  it('damerauLevenshtein is a metric bounded by the plain Levenshtein distance (fast-check)', () => {
    fc.assert(
      fc.property(word, word, word, (a, b, c) => {
        const ab = damerauLevenshtein(a, b);
        expect(ab).toBe(damerauLevenshtein(b, a));
        expect(ab === 0).toBe(a === b);
        expect(ab).toBeLessThanOrEqual(distances.LevenshteinDistance(a, b));
        expect(ab).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(damerauLevenshtein(a, c)).toBeLessThanOrEqual(ab + damerauLevenshtein(b, c));
      }),
      { numRuns: 3000 },
    );
  });

  it("damerauLevenshtein(a, b) equals natural's DamerauLevenshteinDistance wherever b repeats no character (fast-check)", () => {
    const distinct = fc
      .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(word, distinct, (a, b) => {
        expect(damerauLevenshtein(a, b)).toBe(distances.DamerauLevenshteinDistance(a, b));
      }),
      { numRuns: 3000 },
    );
  });
});
