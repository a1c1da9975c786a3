import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openArchive, searchArchive, type Archive } from '@podlens/archive';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveFor, syncArchive } from './archive-index.js';
import { closeDatabase, getDatabase } from './database.js';
import { writeEdits } from './edits-store.js';
import { emptyEdits } from './speaker-edits.js';
import { CorpusStore } from './store.js';

const transcript = (topic: string) =>
  [
    `[00:00:00] Hosta: Welcome back. Today we talk about ${topic}.`,
    '[00:00:20] Guestone: Thanks. I have worked on a feature store for three years.',
    '[00:01:00] Hosta: What did the feature store teach you?',
    `[00:01:10] Guestone: That ${topic} is mostly about people, not tools.`,
    '',
  ].join('\n');

let dir: string;
let db: Archive;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'podlens-archive-index-'));
  db = openArchive(':memory:');
});
afterEach(async () => {
  db.close();
  closeDatabase();
  await rm(dir, { recursive: true, force: true });
});

const ids = (q: string) =>
  searchArchive(db, q)
    .episodes.map((e) => e.id)
    .sort();

describe('syncArchive', () => {
  it('syncArchive(snapshot) indexes every episode, then skips the unchanged ones', async () => {
    await writeFile(path.join(dir, 'one.txt'), transcript('pipelines'));
    await writeFile(path.join(dir, 'two.txt'), transcript('dashboards'));
    const store = new CorpusStore(dir);
    const first = await syncArchive(await store.get(), db);
    expect(first.added.sort()).toEqual(['one', 'two']);
    expect(ids('"feature store"')).toEqual(['one', 'two']);
    expect(ids('pipelines')).toEqual(['one']);
    store.invalidate();
    const again = await syncArchive(await store.get(), db);
    expect(again).toEqual({ added: [], removed: [], unchanged: 2, skipped: [] });
  });

  it("the second pass of store.get()'s analysis (snapshot.texts) indexes its workers' records: the sync then parses nothing, and the rows are the parse's", async () => {
    await writeFile(path.join(dir, 'one.txt'), transcript('pipelines'));
    await writeFile(path.join(dir, 'two.txt'), transcript('dashboards'));
    const edits = emptyEdits();
    edits.rename.Guestone = 'Gina Park';
    writeEdits(getDatabase(dir), 'two', edits);
    const store = new CorpusStore(dir);
    const snapshot = await store.get();
    const corpusDb = getDatabase(dir);
    // What the analysis' second pass indexed, before any sync.
    await snapshot.texts;
    expect(await syncArchive(snapshot, corpusDb)).toEqual({ added: [], removed: [], unchanged: 2, skipped: [] });
    // The same episodes parsed by the sync into another archive: the same rows.
    expect((await syncArchive(snapshot, db)).added.sort()).toEqual(['one', 'two']);
    const rows = (d: Archive, sql: string) => d.prepare(sql).all();
    for (const sql of [
      'SELECT id, title, date, format, words, duration, content_hash FROM episodes ORDER BY id',
      'SELECT episode_id, turn, paragraph, speaker_id, role, start, text, words FROM units ORDER BY episode_id, turn, paragraph',
      'SELECT * FROM episode_words ORDER BY episode_id, role',
      'SELECT * FROM speakers ORDER BY episode_id, speaker_id',
      'SELECT * FROM episode_topics ORDER BY episode_id, rank',
      'SELECT term, count(*) AS n FROM units_vocab GROUP BY term ORDER BY term',
    ])
      expect(rows(corpusDb, sql)).toEqual(rows(db, sql));
    expect(searchArchive(corpusDb, 'tools', { speaker: 'gina park' }).total).toBe(1);
  });

  it('syncArchive(snapshot) re-indexes a changed file and removes a deleted one', async () => {
    await writeFile(path.join(dir, 'one.txt'), transcript('pipelines'));
    await writeFile(path.join(dir, 'two.txt'), transcript('dashboards'));
    const store = new CorpusStore(dir);
    await syncArchive(await store.get(), db);
    await writeFile(path.join(dir, 'one.txt'), transcript('observability'));
    await unlink(path.join(dir, 'two.txt'));
    store.invalidate();
    const report = await syncArchive(await store.get(), db);
    expect(report.added).toEqual(['one']);
    expect(report.removed).toEqual(['two']);
    expect(ids('pipelines')).toEqual([]);
    expect(ids('observability')).toEqual(['one']);
    expect(db.prepare('SELECT count(*) FROM units WHERE episode_id = ?').pluck().get('two')).toBe(0);
  });

  it('syncArchive(snapshot) follows speaker renames and merges', async () => {
    await writeFile(path.join(dir, 'one.txt'), transcript('pipelines'));
    const store = new CorpusStore(dir);
    await syncArchive(await store.get(), db);
    expect(searchArchive(db, 'tools').episodes[0]?.hits[0]?.speaker).toBe('Guestone');
    const edits = emptyEdits();
    edits.rename.Guestone = 'Gina Park';
    writeEdits(getDatabase(dir), 'one', edits);
    store.invalidate();
    expect((await syncArchive(await store.get(), db)).added).toEqual(['one']);
    expect(searchArchive(db, 'tools').episodes[0]?.hits[0]?.speaker).toBe('Gina Park');
    expect(searchArchive(db, 'tools', { speaker: 'gina park' }).total).toBe(1);
    const merged = emptyEdits();
    merged.merge.Guestone = 'Hosta';
    writeEdits(getDatabase(dir), 'one', merged);
    store.invalidate();
    await syncArchive(await store.get(), db);
    expect(searchArchive(db, 'tools').episodes[0]?.hits[0]?.speaker).toBe('Hosta');
    expect(searchArchive(db, 'tools', { speaker: 'Guestone' }).total).toBe(0);
  });
});

describe('archiveFor', () => {
  it('archiveFor(snapshot) waits until the corpus database holds the snapshot', async () => {
    await writeFile(path.join(dir, 'one.txt'), transcript('pipelines'));
    const store = new CorpusStore(dir);
    const archive = await archiveFor(await store.get());
    expect(archive.name).toBe(path.join(dir, '.podlens', 'podlens.db'));
    expect(searchArchive(archive, '"feature store"').total).toBe(1);
  });
});
