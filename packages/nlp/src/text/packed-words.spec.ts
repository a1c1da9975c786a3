import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packWords, unpackWords } from './packed-words.js';

describe('packWords / unpackWords', () => {
  it('packWords(words) spells the words backwards, sorts them, and writes each as what to drop from the one before and what to add', () => {
    // etaba, etabed (drop `a`, add `ed`), etacidba (drop `bed`, add `cidba`), setaba (drop all 8); aren't: t'nera
    expect(packWords(['abdicate', 'abate', 'abates', 'debate', "aren't"])).toBe("0etaba1ed3cidba8setaba6t'nera");
    expect(unpackWords("0etaba1ed3cidba8setaba6t'nera")).toEqual(['abate', 'debate', 'abdicate', 'abates', "aren't"]);
    expect(packWords([])).toBe('');
    expect(unpackWords('')).toEqual([]);
  });

  it('packWords(words) writes 9 for "drop the whole word before" where that is 9 characters or more', () => {
    const words = ['internationalise', 'internationalised', 'a'];
    // a, desilanoitanretni (drop the 1 of `a`), esilanoitanretni (nothing shared: drop all 17, written 9)
    expect(packWords(words)).toBe('0a1desilanoitanretni9esilanoitanretni');
    expect(unpackWords(packWords(words))).toEqual(['a', 'internationalised', 'internationalise']);
  });

  it('packWords(words) refuses repeated words and what is not a lower-case word', () => {
    expect(() => packWords(['ab', 'b', 'ab'])).toThrow(/'ab' is repeated/);
    expect(() => packWords(['Abc'])).toThrow(/lower-case/);
    expect(() => packWords(['a1'])).toThrow(/lower-case/);
  });

  it('unpackWords(packWords(words)) holds the distinct words, for any words (fast-check)', () => {
    const word = fc.stringMatching(/^[a-z][a-z']{0,14}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), (raw) => {
        const words = [...new Set(raw)];
        expect(unpackWords(packWords(words)).sort()).toEqual(words.sort());
      }),
      { numRuns: 500 },
    );
  });
});
