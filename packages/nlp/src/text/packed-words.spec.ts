import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packWords, unpackWords } from './packed-words.js';

describe('packWords / unpackWords', () => {
  it('packWords(words) writes each word as the length of the prefix it shares with the previous one and the rest', () => {
    expect(packWords(['abate', 'abates', 'abdicate', "aren't", 'b'])).toBe("0abate5s2dicate1ren't0b");
    expect(unpackWords("0abate5s2dicate1ren't0b")).toEqual(['abate', 'abates', 'abdicate', "aren't", 'b']);
    expect(packWords([])).toBe('');
    expect(unpackWords('')).toEqual([]);
  });

  it('packWords(words) shares at most 9 characters, so one digit says how many', () => {
    const words = ['internationalise', 'internationalised', 'internationally'];
    expect(packWords(words)).toBe('0internationalise9onalised9onally');
    expect(unpackWords(packWords(words))).toEqual(words);
  });

  it('packWords(words) refuses words out of order, repeated, or not lower-case words', () => {
    expect(() => packWords(['b', 'a'])).toThrow(/out of order/);
    expect(() => packWords(['a', 'a'])).toThrow(/repeated/);
    expect(() => packWords(['Abc'])).toThrow(/lower-case/);
    expect(() => packWords(['a1'])).toThrow(/lower-case/);
  });

  it('unpackWords(packWords(words)) is the sorted list of distinct words, for any words (fast-check)', () => {
    const word = fc.stringMatching(/^[a-z][a-z']{0,14}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), (raw) => {
        const words = [...new Set(raw)].sort();
        expect(unpackWords(packWords(words))).toEqual(words);
      }),
      { numRuns: 500 },
    );
  });
});
