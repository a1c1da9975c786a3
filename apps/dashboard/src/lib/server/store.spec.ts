import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusStore, rankFiles } from './store.js';
import { closeDatabase, getDatabase } from './database.js';
import { writeEdits } from './edits-store.js';

const analyses = (dir: string) =>
  getDatabase(dir).prepare('SELECT count(*) FROM dashboard_analyses').pluck().get() as number;

const dtc = (title: string) => `---
title: "${title}"
dateadded: 2024-01-02
duration: PT00H02M00S
guests:
- guestone
transcript:
- header: Start
- line: Hello and welcome, what do you work on these days?
  sec: 0
  time: '0:00'
  who: Hosta
- line: I build data pipelines for a living and I like it a lot.
  sec: 20
  time: '0:20'
  who: Guestone
- line: Why pipelines?
  sec: 60
  time: '1:00'
  who: Hosta
- line: Because somebody has to move the data from here to there, every single day.
  sec: 70
  time: '1:10'
  who: Guestone
---
`;
const plain = [
  '[00:00:00] Hosta: Hello and welcome to the show.',
  '[00:00:20] Guestone: Thanks, glad to be here.',
  '[00:01:00] Hosta: Tell me more about your work.',
  '[00:01:10] Guestone: I move data from one place to another.',
  '[00:02:00] Hosta: And what is hard about it?',
  '[00:02:15] Guestone: Everything breaks at night, so we monitor a lot.',
  '',
].join('\n');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'podlens-store-'));
});
afterEach(async () => {
  closeDatabase();
  await rm(dir, { recursive: true, force: true });
});

describe('rankFiles', () => {
  it('rankFiles(files) tries DTC Markdown before JSON, WebVTT, SRT and text', () => {
    const ranked = rankFiles([
      { ext: '.txt', rel: 'plain/a.txt' },
      { ext: '.vtt', rel: 'vtt/a.vtt' },
      { ext: '.md', rel: 'dtc/a.md' },
    ]);
    expect(ranked.map((f) => f.rel)).toEqual(['dtc/a.md', 'vtt/a.vtt', 'plain/a.txt']);
  });
});

describe('CorpusStore', () => {
  it('store.get() walks subfolders and keeps one file per episode stem, preferring DTC Markdown', async () => {
    await mkdir(path.join(dir, 'dtc'));
    await mkdir(path.join(dir, 'plain'));
    await writeFile(path.join(dir, 'dtc', 'ep-one.md'), dtc('Episode One'));
    await writeFile(path.join(dir, 'plain', 'ep-one.txt'), plain);
    await writeFile(path.join(dir, 'plain', 'ep-two.txt'), plain);
    await writeFile(path.join(dir, 'README.md'), '# not an episode\n');
    const snap = await new CorpusStore(dir).get();
    expect(snap.episodes.map((e) => [e.id, e.file]).sort()).toEqual([
      ['ep-one', 'dtc/ep-one.md'],
      ['ep-two', 'plain/ep-two.txt'],
    ]);
    expect(snap.byId.get('ep-one')?.alternates).toEqual(['plain/ep-one.txt']);
    expect(snap.failed).toEqual([]);
  });

  it('store.get() lists a file that is no transcript with its reason and serves the rest', async () => {
    await writeFile(path.join(dir, 'good.txt'), plain);
    await writeFile(path.join(dir, 'bad.txt'), 'nothing here looks like a transcript at all');
    const snap = await new CorpusStore(dir).get();
    expect(snap.episodes.map((e) => e.id)).toEqual(['good']);
    expect(snap.failed).toHaveLength(1);
    expect(snap.failed[0]?.file).toBe('bad.txt');
    expect(snap.failed[0]?.reason.length).toBeGreaterThan(10);
  });

  it('store.get() caches by content hash in the database, and a restarted store reads the cache', async () => {
    await writeFile(path.join(dir, 'good.txt'), plain);
    const first = await new CorpusStore(dir).get();
    await first.texts;
    expect(analyses(dir)).toBe(1);
    closeDatabase();
    const db = getDatabase(dir);
    const changes = db.prepare('SELECT total_changes()').pluck();
    const before = changes.get();
    const second = await new CorpusStore(dir).get();
    expect(second.episodes[0]?.summary).toEqual(first.episodes[0]?.summary);
    expect(changes.get(), 'nothing analyzed nor written again').toBe(before);
    expect(await readdir(dir)).toEqual(['.podlens', 'good.txt']);
  });

  it("store.get() stores the library's part; snapshot.texts then adds each episode's texts and search record, the same as its page makes of its file alone", async () => {
    await writeFile(path.join(dir, 'good.md'), dtc('Pipelines'));
    await writeFile(path.join(dir, 'plain.txt'), plain);
    const snap = await new CorpusStore(dir).get();
    await snap.texts;
    const db = getDatabase(dir);
    expect(
      db.prepare('SELECT count(*) FROM dashboard_analyses WHERE rest IS NULL OR detail IS NULL').pluck().get(),
    ).toBe(0);
    expect(db.prepare('SELECT id, content_hash FROM episodes ORDER BY id').all()).toEqual(
      [...snap.sources]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, source]) => ({ id, content_hash: source.key })),
    );
    const stored = await Promise.all(snap.episodes.map((e) => snap.detail(e.id)));
    const rests = await Promise.all(snap.episodes.map((e) => snap.summaryRest(e.id)));
    expect(stored.every((d) => d !== undefined && d.turns.length > 0)).toBe(true);
    expect(rests).toEqual(stored.map((d) => d!.summary));
    // Texts not stored (yet): each page analyzes its file on its own, and gets the same.
    db.exec('UPDATE dashboard_analyses SET rest = NULL, detail = NULL');
    expect(await Promise.all(snap.episodes.map((e) => snap.detail(e.id)))).toEqual(stored);
    expect(await Promise.all(snap.episodes.map((e) => snap.summaryRest(e.id)))).toEqual(rests);
  });

  it("a restarted store takes a file's content hash from the database where its stat stamp is unchanged (reads no file)", async () => {
    await writeFile(path.join(dir, 'good.txt'), plain);
    const first = await new CorpusStore(dir).get();
    const abs = first.sources.get('good')!.abs;
    // A stored hash the bytes do not have: taken as it is, it shows the file was not read and hashed again.
    getDatabase(dir).prepare('UPDATE dashboard_files SET content_hash = ? WHERE path = ?').run('f'.repeat(64), abs);
    closeDatabase();
    const second = await new CorpusStore(dir).get();
    expect(second.sources.get('good')!.contentHash).toBe('f'.repeat(64));
    // A file written since (another stamp) is hashed from its bytes.
    await writeFile(path.join(dir, 'good.txt'), plain);
    closeDatabase();
    const third = await new CorpusStore(dir).get();
    expect(third.sources.get('good')!.contentHash).toBe(first.sources.get('good')!.contentHash);
  });

  it('store.get() serves the next file of an episode whose first-ranked file fails, and lists the failure', async () => {
    await writeFile(path.join(dir, 'ep.md'), 'not a transcript at all, just a note');
    await writeFile(path.join(dir, 'ep.txt'), plain);
    for (let i = 0; i < 9; i++) await writeFile(path.join(dir, `other-${i}.txt`), plain);
    const snap = await new CorpusStore(dir).get();
    expect(snap.byId.get('ep')).toMatchObject({ file: 'ep.txt', alternates: ['ep.md'] });
    expect(snap.failed.map((f) => f.file)).toEqual(['ep.md']);
    expect(snap.episodes).toHaveLength(10);
    expect((await snap.detail('ep'))!.turns.length).toBeGreaterThan(0);
  });

  it('store.get() after a scan that found nothing new keeps the same episodes; a change gives new ones', async () => {
    await writeFile(path.join(dir, 'good.txt'), plain);
    await writeFile(path.join(dir, 'more.txt'), plain);
    const store = new CorpusStore(dir);
    const first = await store.get();
    store.invalidate();
    const second = await store.get();
    expect(second.episodes).toBe(first.episodes);
    expect(second.scannedAt).toBeGreaterThanOrEqual(first.scannedAt);
    await writeFile(path.join(dir, 'more.txt'), `${plain}[00:03:00] Third: I am new here.\n`);
    store.invalidate();
    const third = await store.get();
    expect(third.episodes).not.toBe(first.episodes);
    expect(third.byId.get('more')!.summary.speakers.map((s) => s.name)).toContain('Third');
  });

  it('store.get() keeps only the analyses of the files as they are now', async () => {
    await writeFile(path.join(dir, 'good.txt'), plain);
    const store = new CorpusStore(dir);
    await store.get();
    await writeFile(path.join(dir, 'good.txt'), `${plain}[00:03:00] Third: I am new here.\n`);
    store.invalidate();
    await store.get();
    expect(analyses(dir)).toBe(1);
  });

  it('store.get() applies the speaker edits saved in the database', async () => {
    await writeFile(path.join(dir, 'good.txt'), plain);
    writeEdits(getDatabase(dir), 'good', { rename: { Guestone: 'Gemma Stone' }, merge: {} });
    expect((await new CorpusStore(dir).get()).episodes[0]?.summary.speakers.map((s) => s.name).sort()).toEqual([
      'Gemma Stone',
      'Hosta',
    ]);
  });

  it('store.get() after invalidate() sees a changed file', async () => {
    await writeFile(path.join(dir, 'good.txt'), plain);
    const store = new CorpusStore(dir);
    expect((await store.get()).episodes[0]?.summary.speakers).toHaveLength(2);
    await writeFile(path.join(dir, 'good.txt'), `${plain}[00:03:00] Third: I am new here.\n`);
    store.invalidate();
    expect((await store.get()).episodes[0]?.summary.speakers).toHaveLength(3);
  });

  it('store.get() picks up a file changed on disk by itself within a couple of seconds', async () => {
    await writeFile(path.join(dir, 'good.txt'), plain);
    const store = new CorpusStore(dir);
    expect((await store.get()).episodes[0]?.summary.speakers).toHaveLength(2);
    await writeFile(path.join(dir, 'good.txt'), `${plain}[00:03:00] Third: I am new here.\n`);
    await new Promise((r) => setTimeout(r, 1100));
    await store.get(); // serves the old scan, rescans in the background
    await new Promise((r) => setTimeout(r, 300));
    expect((await store.get()).episodes[0]?.summary.speakers).toHaveLength(3);
  });

  it('store.get() sees an edit that keeps the size and the mtime (keyed on the content hash)', async () => {
    const when = new Date('2024-05-01T10:00:00Z');
    await writeFile(path.join(dir, 'good.txt'), plain);
    await utimes(path.join(dir, 'good.txt'), when, when);
    const store = new CorpusStore(dir);
    expect((await store.get()).episodes[0]?.summary.speakers.map((s) => s.name).sort()).toEqual(['Guestone', 'Hosta']);
    const before = await stat(path.join(dir, 'good.txt'));
    const edited = plain.replaceAll('Guestone', 'Guesttwo');
    expect(edited.length).toBe(plain.length);
    await writeFile(path.join(dir, 'good.txt'), edited);
    await utimes(path.join(dir, 'good.txt'), when, when);
    const after = await stat(path.join(dir, 'good.txt'));
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    store.invalidate();
    expect((await store.get()).episodes[0]?.summary.speakers.map((s) => s.name).sort()).toEqual(['Guesttwo', 'Hosta']);
  });

  it('store.get() after invalidate() never hands back a scan that listed the folder before the write', async () => {
    for (let i = 0; i < 6; i++) await writeFile(path.join(dir, `ep-${i}.txt`), plain.replace('Hello', `Hello ${i}`));
    const store = new CorpusStore(dir);
    const first = store.get();
    // Wait until that scan is analyzing (so it has listed the folder), then write and invalidate.
    for (let n = 0; n < 2000; n++) {
      if (analyses(dir) > 0) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    await writeFile(path.join(dir, 'late.txt'), plain);
    store.invalidate();
    const second = await store.get();
    expect(second.byId.has('late')).toBe(true);
    expect((await first).episodes.length).toBeGreaterThanOrEqual(6);
    // The second passes run one after another: the last one done, none writes into the folder after the test.
    await second.texts;
  });
});
