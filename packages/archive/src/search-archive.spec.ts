import { describe, expect, it } from 'vitest';
import { parse, summarizeEpisode } from '@podlens/parser';
import { fixtureArchive } from '../test/fixture.js';
import { addEpisodes } from './add-episode.js';
import { openArchive } from './open-archive.js';
import { searchArchive, sentenceAround } from './search-archive.js';

describe('searchArchive', () => {
  const db = fixtureArchive();

  it('searchArchive(db, "feature store") finds the phrase in every form (stores, Feature, feature-store) and ranks episodes', () => {
    const r = searchArchive(db, '"feature store"');
    expect(r.episodes.map((e) => e.id).sort()).toEqual(['e1', 'e2', 'e3']);
    expect(r.total).toBe(3);
    const scores = r.episodes.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const e3 = r.episodes.find((e) => e.id === 'e3')!;
    expect(e3.hitCount).toBe(3);
    expect(e3.hits.map((h) => [h.speaker, h.start, h.sentence])).toEqual([
      ['Daniel', 9, 'Data teams need ownership, not feature-store hype.'],
      ['Sam', 20, 'What about the feature stores you built?'],
      ['Daniel', 27, 'We built two feature stores.'],
    ]);
    const hit = e3.hits[1]!;
    expect(hit.marks.map(([s, e]) => hit.sentence.slice(s, e))).toEqual(['feature stores']);
  });

  it('searchArchive(db, words) needs every word, in any order; -word leaves episodes out', () => {
    expect(searchArchive(db, 'llms evaluation').episodes.map((e) => e.id)).toEqual(['e2']);
    expect(searchArchive(db, 'feast ownership').episodes.map((e) => e.id)).toEqual([]);
    expect(searchArchive(db, 'store teams').episodes.map((e) => e.id)).toEqual(['e3']);
    expect(
      searchArchive(db, 'feature -llms')
        .episodes.map((e) => e.id)
        .sort(),
    ).toEqual(['e1', 'e3']);
  });

  it('searchArchive(db, query, filters) filters by speaker, dates, format and person', () => {
    expect(
      searchArchive(db, 'feature', { speaker: 'daniel' })
        .episodes.map((e) => e.id)
        .sort(),
    ).toEqual(['e2', 'e3']);
    expect(searchArchive(db, 'feature', { from: '2023-06-01', to: '2023-12-31' }).episodes.map((e) => e.id)).toEqual([
      'e2',
    ]);
    expect(searchArchive(db, 'feature', { format: 'srt' }).episodes).toEqual([]);
    expect(searchArchive(db, 'feature', { person: 'name:maria lopez' }).episodes.map((e) => e.id)).toEqual(['e1']);
  });

  it('searchArchive(db, odd input) never throws an FTS5 syntax error', () => {
    for (const q of ['"', 'AND', 'NEAR(', '*', 'a OR', '-', '"unclosed phrase', 'ci/cd', '(((', "don't"])
      expect(() => searchArchive(db, q)).not.toThrow();
    expect(searchArchive(db, 'CI/CD').episodes.map((e) => e.id)).toEqual(['e2']);
    expect(searchArchive(db, '').episodes).toEqual([]);
  });
});

describe('searchArchive on a word in curly quotes', () => {
  it('searchArchive(db, word) lists a unit that has the word before a closing quote, with the word marked (no crash)', () => {
    const db = openArchive(':memory:');
    const text = [
      '1',
      '00:00:00,000 --> 00:00:09,000',
      'Ann: Our topic is ‘the last mile of data’ today.',
      '',
      '2',
      '00:00:10,000 --> 00:00:12,000',
      'Bob: Yes, data.',
      '',
    ].join('\n');
    const result = parse(text, { format: 'srt' });
    addEpisodes(db, [{ id: 'q', result, summary: summarizeEpisode(result, { source: 'q.txt' }) }]);
    const r = searchArchive(db, 'data');
    expect(r.episodes[0]!.hitCount).toBe(2);
    const hit = r.episodes[0]!.hits[0]!;
    expect(hit.marks.map(([s, e]) => hit.sentence.slice(s, e))).toEqual(['data']);
  });
});

describe('sentenceAround', () => {
  it('sentenceAround(text, start, end) is the sentence holding the span', () => {
    const text = 'One. Two has it here! Three.';
    const at = text.indexOf('it');
    const [s, e] = sentenceAround(text, at, at + 2);
    expect(text.slice(s, e)).toBe('Two has it here!');
  });
});
