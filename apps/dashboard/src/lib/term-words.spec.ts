import { describe, expect, it } from 'vitest';
import { splitTerms, termQuery, termWords } from './term-words.js';

describe('term words', () => {
  it('termWords(term) drops the quotes of a phrase', () => {
    expect([termWords('"feature store"'), termWords('llm'), termWords('"open')]).toEqual([
      'feature store',
      'llm',
      'open',
    ]);
  });
  it('termQuery(term) searches a term of several words as one phrase', () => {
    expect([termQuery('feature store'), termQuery('"feature store"'), termQuery('llm')]).toEqual([
      '"feature store"',
      '"feature store"',
      'llm',
    ]);
  });
  it('splitTerms(text) splits at commas and drops empty terms', () => {
    expect(splitTerms(' llm, "feature store",, ')).toEqual(['llm', '"feature store"']);
  });
});
