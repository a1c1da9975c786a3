import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashChars, scanWords } from './scan-words.js';
import { wordPattern } from './tokenize.js';

const byRegex = (text: string) =>
  [...text.matchAll(new RegExp(wordPattern.source, 'gu'))].map((m) => [m.index, m.index + m[0].length]);
const byScan = (text: string) => {
  const words: number[][] = [];
  scanWords(text, (start, end) => words.push([start, end]));
  return words;
};

describe('scanWords', () => {
  it('scanWords(text) finds acronyms, contractions, CI/CD and C++ as the regex does', () => {
    const text = "We're doing MLOps, CI/CD and C++ at 3.5x — it's the data-lake: Königsweg 😀 𝐀bc.";
    expect(byScan(text)).toEqual(byRegex(text));
    expect(byScan(text).map(([s, e]) => text.slice(s, e))).toContain('CI/CD');
  });

  it('scanWords(text) equals the word regex on any text (fast-check)', () => {
    const pieces = fc.constantFrom(
      'a',
      'Z',
      '7',
      ' ',
      "'",
      '’',
      '&',
      '+',
      '#',
      '-',
      '/',
      '.',
      'é',
      'ß',
      '٣',
      '中',
      '😀',
      '𝐀',
      '\ud800',
      '\udc00',
      '\n',
      ',',
      '[',
      ']',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(byScan(text)).toEqual(byRegex(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(byScan(text)).toEqual(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('hashChars', () => {
  it('scanWords(text) gives each word the hash hashChars(text, start, end) makes of it', () => {
    const text = "MLOps, CI/CD and 𝐀bc — it's Königsweg's data-lake.";
    scanWords(text, (start, end, hash) => expect(hash).toBe(hashChars(text, start, end)));
  });
});
