import { describe, expect, it } from 'vitest';
import { isNounPhrase } from './noun-phrase.js';

const np = (term: string) => isNounPhrase(term.split(' '));

describe('isNounPhrase', () => {
  it('isNounPhrase(words) keeps noun phrases, gerunds and names', () => {
    for (const t of [
      'knowledge graph',
      'company culture',
      'decision makers',
      'machine learning',
      'open source',
      'deep learning',
      'distributed systems',
      'tech talk',
      'MLOps',
      'LinkedIn',
      'conference',
      'Locally Optimistic',
      'Psyched Learn',
    ])
      expect(np(t), t).toBe(true);
  });

  it('isNounPhrase(words) rejects verb fragments, lone adjectives and verbs, and vague nouns alone', () => {
    for (const t of [
      'help build',
      'innovation requires',
      'build models',
      'data accessible',
      'find',
      'better',
      'improve',
      'responsible',
      'couple',
      'European ones',
    ])
      expect(np(t), t).toBe(false);
    expect(isNounPhrase([])).toBe(false);
  });
});
