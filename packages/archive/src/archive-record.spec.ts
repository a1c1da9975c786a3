import { parse, summarizeEpisode } from '@podlens/parser';
import { describe, expect, it } from 'vitest';
import { episodes } from '../test/fixture.js';
import { addEpisodes } from './add-episode.js';
import { archiveRecord } from './archive-record.js';
import { openArchive, type Archive } from './open-archive.js';
import { searchKeys } from './search-keys.js';

const parsed = Object.entries(episodes).map(([id, text]) => {
  const result = parse(text, { format: 'markdown-yaml' });
  return { id, result, summary: summarizeEpisode(result, { source: id }) };
});

/** Every row of the archive's tables (the FTS index by what it finds), to compare two archives. */
function rows(db: Archive) {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    episodes: all('SELECT * FROM episodes ORDER BY num'),
    units: all('SELECT * FROM units ORDER BY rowid'),
    words: all('SELECT * FROM episode_words ORDER BY episode_id, role'),
    speakers: all('SELECT * FROM speakers ORDER BY episode_id, speaker_id'),
    topics: all('SELECT * FROM episode_topics ORDER BY episode_id, rank'),
    keys: all("SELECT rowid FROM units_fts WHERE units_fts MATCH 'featur OR store OR llm' ORDER BY rowid"),
    vocab: all('SELECT term, doc, col, offset FROM units_vocab ORDER BY term, doc, offset'),
  };
}

describe('archiveRecord', () => {
  it("archiveRecord(result, summary) has a unit per paragraph, in order, with the paragraph's search keys", () => {
    const { result, summary } = parsed[1]!;
    const record = archiveRecord(result, summary);
    const paragraphs = result.episode.turns.flatMap((t) => t.paragraphs);
    expect(record.units.text).toEqual(paragraphs.map((p) => p.text));
    expect(record.units.keys).toEqual(
      paragraphs.map((p) =>
        searchKeys(p.text)
          .map((k) => k.key)
          .join(' '),
      ),
    );
    expect(record.units.speakerId).toEqual(result.episode.turns.flatMap((t) => t.paragraphs.map(() => t.speakerId)));
    expect(record.words).toBe(record.units.words.reduce((a, b) => a + b, 0));
    expect(record.wordsByRole.map(([role]) => role).sort()).toEqual(
      [...new Set(result.episode.speakers.map((s) => s.role))].sort(),
    );
    expect(record.speakers.map((s) => s.speakerId)).toEqual(
      result.episode.speakers.map((s) => s.id).filter((id) => summary.speakers.some((f) => f.id === id)),
    );
    expect(record.topics.map((t) => t.id)).toEqual(summary.topics.map((t) => t.id));
  });

  it('archiveRecord(...) is plain data: a structured clone of it is equal to it', () => {
    const record = archiveRecord(parsed[0]!.result, parsed[0]!.summary);
    expect(structuredClone(record)).toEqual(record);
  });

  it('addEpisodes(db, [{id, record}]) writes the same rows as addEpisodes(db, [{id, result, summary}])', () => {
    const fromParse = openArchive(':memory:');
    addEpisodes(
      fromParse,
      parsed.map((p) => ({ ...p, contentHash: `h-${p.id}` })),
    );
    const fromRecords = openArchive(':memory:');
    addEpisodes(
      fromRecords,
      parsed.map(({ id, result, summary }) => ({
        id,
        record: structuredClone(archiveRecord(result, summary)),
        contentHash: `h-${id}`,
      })),
    );
    const expected = rows(fromParse);
    expect(expected.units.length).toBeGreaterThan(0);
    expect(expected.keys.length).toBeGreaterThan(0);
    expect(rows(fromRecords)).toEqual(expected);
  });
});
