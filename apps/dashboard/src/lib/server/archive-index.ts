/**
 * The search index follows the corpus: every new snapshot of the store (store.ts) is written into the corpus's
 * database (database.ts) in the background; the search and trends endpoints wait for the snapshot they answer from.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { addEpisodes, removeEpisode, type Archive, type ArchiveEntry, type ArchiveRecord } from '@podlens/archive';
import { readEpisode } from './corpus.js';
import { getDatabase } from './database.js';
import type { Snapshot } from './store.js';

/** Episodes parsed and written per transaction; other requests are let through between batches. */
export const SYNC_BATCH = 20;

export interface SyncReport {
  /** Episodes written (new, or changed since they were indexed). */
  added: string[];
  removed: string[];
  unchanged: number;
  /** Episodes that could not be indexed now (their file changed since the scan, or could not be read). */
  skipped: { id: string; reason: string }[];
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Brings the archive in step with a snapshot: episodes whose analysis key (bytes, edits, people, analysis version)
 * is not the one indexed are parsed by the one pipeline (corpus.ts readEpisode) and written with the snapshot's
 * summary, a transaction per SYNC_BATCH episodes; episodes no longer listed are removed. Episodes analyzed in this
 * process were indexed by the second pass of their analysis (`indexRecords`, store.ts `completeTexts`): only those
 * analyzed before (an index of another version, a write that failed) are parsed here.
 */
export async function syncArchive(snapshot: Snapshot, db: Archive = getDatabase(snapshot.dir)): Promise<SyncReport> {
  const stored = new Map(
    (db.prepare('SELECT id, content_hash FROM episodes').all() as { id: string; content_hash: string | null }[]).map(
      (r) => [r.id, r.content_hash],
    ),
  );
  const removed = [...stored.keys()].filter((id) => !snapshot.sources.has(id));
  if (removed.length > 0) db.transaction(() => removed.forEach((id) => removeEpisode(db, id)))();
  const changed = snapshot.episodes.filter((e) => {
    const source = snapshot.sources.get(e.id);
    return source !== undefined && stored.get(e.id) !== source.key;
  });
  const report: SyncReport = { added: [], removed, unchanged: snapshot.episodes.length - changed.length, skipped: [] };
  for (let i = 0; i < changed.length; i += SYNC_BATCH) {
    await nextTurn();
    const entries: ArchiveEntry[] = [];
    for (const episode of changed.slice(i, i + SYNC_BATCH)) {
      const source = snapshot.sources.get(episode.id)!;
      try {
        const bytes = await readFile(source.abs);
        if (createHash('sha256').update(bytes).digest('hex') !== source.contentHash) {
          // Changed since the scan: the next snapshot brings its new analysis, and the index follows then.
          report.skipped.push({ id: episode.id, reason: 'the file changed since it was analyzed' });
          continue;
        }
        const result = await readEpisode({
          bytes,
          fileName: source.fileName,
          edits: source.edits,
          people: source.people,
          chapterList: source.chapterList,
        });
        // What the archive keeps of the summary (title, date, format, speaker figures, topics) is in the library's part.
        entries.push({ id: episode.id, result, summary: episode.summary, contentHash: source.key });
      } catch (error) {
        report.skipped.push({ id: episode.id, reason: (error as Error).message || String(error) });
      }
    }
    addEpisodes(db, entries);
    report.added.push(...entries.map((e) => e.id));
  }
  return report;
}

/**
 * Writes episodes into the archive from the records their analysis made (`analyzeEpisodes({index: true})`), each
 * under its source key (`EpisodeSource.key`), so that the next sync finds them indexed and parses none of them.
 */
export function indexRecords(
  db: Archive,
  entries: readonly { id: string; key: string; record: ArchiveRecord }[],
): void {
  if (entries.length > 0)
    addEpisodes(
      db,
      entries.map((e) => ({ id: e.id, record: e.record, contentHash: e.key })),
    );
}

let chain: Promise<unknown> = Promise.resolve();
const syncs = new WeakMap<Snapshot, Promise<SyncReport>>();

/**
 * Syncs the archive to `snapshot` after the syncs already under way (one at a time, in snapshot order), once the
 * second pass of its analysis has written the records it makes (`snapshot.texts`): then the sync parses nothing.
 */
export function followSnapshot(snapshot: Snapshot): Promise<SyncReport> {
  let done = syncs.get(snapshot);
  if (!done) {
    done = chain.then(() => snapshot.texts).then(() => syncArchive(snapshot));
    chain = done.catch((error: unknown) =>
      console.error('podlens: the search index could not follow the corpus:', error),
    );
    syncs.set(snapshot, done);
  }
  return done;
}

/** The archive once it holds `snapshot`: what search and trends read, so a search right after start sees every episode. */
export async function archiveFor(snapshot: Snapshot): Promise<Archive> {
  await followSnapshot(snapshot);
  return getDatabase(snapshot.dir);
}
