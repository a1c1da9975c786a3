import fc from 'fast-check';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { describe, expect, it } from 'vitest';
import { jaro, jaroWinkler } from './jaro-winkler.js';

describe('jaro, jaroWinkler', () => {
  it('jaro(a, b) gives the textbook figures', () => {
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.9444, 4);
    expect(jaro('dixon', 'dicksonx')).toBeCloseTo(0.7667, 4);
    expect(jaro('crate', 'trace')).toBeCloseTo(0.7333, 4);
    expect(jaro('abc', 'xyz')).toBe(0);
    expect(jaro('', 'abc')).toBe(0);
    expect(jaro('same', 'same')).toBe(1);
  });

  it('jaroWinkler(a, b) raises Jaro for a shared prefix of up to four characters', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('', '')).toBe(1);
    expect(jaroWinkler('alexey', 'alexeyx')).toBeGreaterThan(jaro('alexey', 'alexeyx'));
  });

  it("jaroWinkler(a, b) equals natural's JaroWinklerDistance, which the parser used before (fast-check)", () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'l', 'x', 'é', '😀'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(jaroWinkler(a, b)).toBe(JaroWinklerDistance(a, b));
      }),
      { numRuns: 3000 },
    );
  });
});
