import { describe, expect, it } from 'vitest';
import { countWords } from './count-words.js';

const reference = (s: string) => (s.match(/[\p{L}\p{N}_'’-]+/gu) ?? []).length;

describe('countWords', () => {
  it('countWords(text) counts runs of letters, digits, apostrophes and hyphens', () => {
    expect(countWords("It's a well-known fact – isn’t it? 42 times, Königsweg!")).toBe(9);
    expect(countWords('')).toBe(0);
    expect(countWords(' – … ')).toBe(0);
  });

  it('countWords(text) agrees with the regular-expression definition on mixed scripts', () => {
    for (const s of [
      '日本語 テキスト',
      'naïve café',
      '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 words',
      'a_b c-d e’f',
      "--- ' ’",
      'x\u0301y z',
      '\ud800a b',
      'a\udc00b',
      '\ud835\udd18x',
    ])
      expect(countWords(s), s).toBe(reference(s));
  });
});
