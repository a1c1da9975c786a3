import { describe, expect, it } from 'vitest';
import { wordClass } from './word-class.js';

describe('wordClass', () => {
  it('wordClass(word) reads verbs, verb-nouns, adjectives and nouns from the lexicon', () => {
    expect(wordClass('requires')).toBe('verb');
    expect(wordClass('improve')).toBe('verb');
    expect(wordClass('help')).toBe('verbNoun');
    expect(wordClass('build')).toBe('verbNoun');
    expect(wordClass('better')).toBe('adjective');
    expect(wordClass('tiny')).toBe('adjective');
    expect(wordClass('graph')).toBe('noun');
    expect(wordClass('culture')).toBe('noun');
  });

  it('wordClass(word) reads unknown words by their suffix, and the listed nouns with such suffixes as nouns', () => {
    expect(wordClass('scalably')).toBe('adjective');
    expect(wordClass('containerized')).toBe('participle');
    expect(wordClass('family')).toBe('noun');
    expect(wordClass('objective')).toBe('noun');
  });

  it('wordClass(word) takes names and unknown words for nouns, and a capitalised word of the lexicon as in lower case', () => {
    expect(wordClass('Invest')).toBe('verb');
    expect(wordClass('Better')).toBe('adjective');
    expect(wordClass('MLOps')).toBe('noun');
    expect(wordClass('PyData')).toBe('noun');
    expect(wordClass('Königsweg')).toBe('noun');
    expect(wordClass('kubernetes')).toBe('noun');
    expect(wordClass('Airtable')).toBe('noun');
  });
});
