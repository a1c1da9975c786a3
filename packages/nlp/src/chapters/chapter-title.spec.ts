import { describe, expect, it } from 'vitest';
import type { Keyword } from '../keywords/keywords.js';
import { chapterTitle } from './chapter-title.js';

const k = (term: string, score = 1, key = term.toLowerCase()): Keyword => ({
  term,
  key,
  score,
  count: 1,
  occurrences: [],
});

describe('chapterTitle', () => {
  it('chapterTitle(ranked) joins the two best phrases that share no word, as a heading', () => {
    expect(chapterTitle([k('knowledge graph'), k('graph'), k('happy path'), k('research')])).toBe(
      'Knowledge graph and happy path',
    );
    expect(chapterTitle([k('EuroPython')])).toBe('EuroPython');
    expect(chapterTitle([])).toBeUndefined();
  });

  it('chapterTitle(ranked, {questionKeys}) leads with the best phrase of the host question', () => {
    expect(chapterTitle([k('conference'), k('partner'), k('Königsweg')], { questionKeys: new Set(['partner']) })).toBe(
      'Partner and conference',
    );
  });

  it('chapterTitle(ranked, {phrases}) takes at most that many phrases', () => {
    expect(chapterTitle([k('data lake'), k('MLOps'), k('open source')], { phrases: 3 })).toBe(
      'Data lake, MLOps and open source',
    );
    expect(chapterTitle([k('data lake'), k('MLOps')], { phrases: 1 })).toBe('Data lake');
  });

  it('chapterTitle(ranked, {join}) lets a lead of several words stand alone beside a weak second phrase', () => {
    const ranked = [k('differential privacy', 1), k('Friday', 0.4)];
    expect(chapterTitle(ranked)).toBe('Differential privacy');
    expect(chapterTitle(ranked, { join: 0.3 })).toBe('Differential privacy and Friday');
    // A lead of one word reads as a tag alone: it takes the second phrase whatever its score.
    expect(chapterTitle([k('privacy', 1), k('Friday', 0.1)])).toBe('Privacy and Friday');
  });

  it('chapterTitle(ranked, {phraseOf}) shows two words that the chapter says as one phrase as that phrase', () => {
    const said = new Map([['data lake', 'data lake']]);
    const phraseOf = (keys: readonly string[]) => said.get(keys.join(' '));
    expect(chapterTitle([k('lake'), k('data')], { phraseOf })).toBe('Data lake');
    expect(chapterTitle([k('lake'), k('boat')], { phraseOf })).toBe('Lake and boat');
    // Not where the two words make a verb fragment.
    const verb = (keys: readonly string[]) =>
      keys.join(' ') === 'motiv particip' ? 'motivates participants' : undefined;
    expect(chapterTitle([k('participants', 1, 'particip'), k('motivation', 1, 'motiv')], { phraseOf: verb })).toBe(
      'Participants and motivation',
    );
  });

  it('chapterTitle(ranked, {generic}) lets no generic phrase lead while another can, and drops a generic gerund alone', () => {
    const generic = (key: string) => ({ data: 0.9, team: 0.8, creating: 0.7 })[key] ?? 0.1;
    expect(chapterTitle([k('data'), k('team'), k('Django')], { generic })).toBe('Django and data');
    expect(chapterTitle([k('data'), k('creating'), k('community')], { generic })).toBe('Community and data');
    // Generic phrases alone: the best still heads the chapter.
    expect(chapterTitle([k('data'), k('team')], { generic })).toBe('Data and team');
    // A gerund that is not generic is a subject.
    expect(chapterTitle([k('hiring'), k('recruiters', 0.9)], { generic })).toBe('Hiring and recruiters');
  });

  it("chapterTitle(ranked, {question}) leads with the chapter's phrase that the question says, as the question's longest ranked phrase holding it", () => {
    const ranked = [k('tables'), k('observability', 0.8), k('alerts', 0.5), k('data observability', 0.4)];
    const question = [k('data'), k('observability'), k('data observability')];
    expect(chapterTitle(ranked, { question })).toBe('Data observability');
    // A question phrase the chapter does not rank does not lead.
    expect(chapterTitle(ranked, { question: [k('weather')] })).toBe('Tables and observability');
    // Nor a longer phrase of the question that the chapter does not rank (`store raw data`).
    expect(chapterTitle(ranked.slice(0, 3), { question })).toBe('Observability and tables');
  });

  it('chapterTitle(ranked, {linked}) shows two phrases that the chapter joins by a linking word as that phrase', () => {
    const linked = (a: string, b: string) =>
      a === 'director' && b === 'data science' ? 'director of data science' : undefined;
    expect(chapterTitle([k('director'), k('data science')], { linked })).toBe('Director of data science');
    expect(chapterTitle([k('director'), k('hiring')], { linked })).toBe('Director and hiring');
  });
});
