import { addEpisodes, openArchive, searchArchive } from '@podlens/archive';
import { parse, summarizeEpisode } from '@podlens/parser';
import { expect, it } from 'vitest';
import { searchChoices } from './search-choices.js';

it('searchChoices(db) lists topics, formats and speakers that the search filters accept', () => {
  const db = openArchive(':memory:');
  const text = (guest: string) =>
    `Ann: Welcome, ${guest}. Tell us about your model training.\n${guest}: We train a model on data every day.\nAnn: Thanks.\n`;
  const entries = ['Bob', 'Cleo', 'Bob'].map((guest, i) => {
    const result = parse(text(guest), { fileName: `e${i}.txt` });
    const summary = summarizeEpisode(result, { source: `e${i}.txt` });
    return {
      id: `e${i}`,
      result,
      summary: { ...summary, topics: [{ id: 'ml', label: 'Machine learning', score: 1 }] },
    };
  });
  addEpisodes(db, entries);
  const choices = searchChoices(db);
  expect(choices.speakers).toEqual(['Ann', 'Bob', 'Cleo']);
  expect(choices.formats).toEqual(['plain']);
  expect(choices.topics).toEqual([{ id: 'ml', label: 'Machine learning', episodes: 3 }]);
  for (const speaker of choices.speakers)
    expect(searchArchive(db, 'model', { speaker }).total, speaker).toBeGreaterThan(0);
  expect(searchArchive(db, 'model', { topic: choices.topics[0]!.id, format: choices.formats[0] }).total).toBe(3);
  db.close();
});
