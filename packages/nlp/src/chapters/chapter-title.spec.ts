import { describe, expect, it } from 'vitest';
import type { Keyword } from '../keywords/keywords.js';
import { chapterTitle } from './chapter-title.js';

const k = (term: string, key = term.toLowerCase()): Keyword => ({ term, key, score: 1, count: 1, occurrences: [] });

describe('chapterTitle', () => {
  it('chapterTitle(ranked) joins the two best phrases that share no word, as a heading', () => {
    expect(chapterTitle([k('knowledge graph'), k('graph'), k('happy path'), k('research')])).toBe(
      'Knowledge graph and happy path',
    );
    expect(chapterTitle([k('EuroPython')])).toBe('EuroPython');
    expect(chapterTitle([])).toBeUndefined();
  });

  it('chapterTitle(ranked, questionKeys) leads with the best phrase of the host question', () => {
    expect(chapterTitle([k('conference'), k('partner'), k('Königsweg')], new Set(['partner']))).toBe(
      'Partner and conference',
    );
  });

  it('chapterTitle(ranked, questionKeys, phrases) takes at most that many phrases', () => {
    expect(chapterTitle([k('data lake'), k('MLOps'), k('open source')], new Set(), 3)).toBe(
      'Data lake, MLOps and open source',
    );
    expect(chapterTitle([k('data lake'), k('MLOps')], new Set(), 1)).toBe('Data lake');
  });
});
