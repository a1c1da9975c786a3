/**
 * Speaker edits in the dashboard's database (table dashboard_edits): one row per episode, changed only inside a
 * SQLite write transaction, so a read-change-write never loses another's update, across requests and processes.
 */
import type { Archive } from '@podlens/archive';
import { editsVersion, emptyEdits, isEmptyEdits, normaliseEdits, type SpeakerEdits } from './speaker-edits.js';

interface Row {
  episode_id: string;
  rename: string;
  merge: string;
}

const toEdits = (row: Row | undefined): SpeakerEdits =>
  row ? normaliseEdits({ rename: JSON.parse(row.rename), merge: JSON.parse(row.merge) }) : emptyEdits();

/** The saved edits of an episode (none: empty edits). */
export function readEdits(db: Archive, id: string): SpeakerEdits {
  return toEdits(db.prepare('SELECT * FROM dashboard_edits WHERE episode_id = ?').get(id) as Row | undefined);
}

/** Every episode's saved edits, by episode id. */
export function allEdits(db: Archive): Map<string, SpeakerEdits> {
  return new Map(
    (db.prepare('SELECT * FROM dashboard_edits ORDER BY episode_id').all() as Row[]).map((r) => [
      r.episode_id,
      toEdits(r),
    ]),
  );
}

/** Saves an episode's edits (empty edits remove its row). Call inside a transaction to combine with a read. */
export function writeEdits(db: Archive, id: string, edits: SpeakerEdits): void {
  const clean = normaliseEdits(edits);
  if (isEmptyEdits(clean)) {
    db.prepare('DELETE FROM dashboard_edits WHERE episode_id = ?').run(id);
    return;
  }
  db.prepare(
    'INSERT INTO dashboard_edits (episode_id, rename, merge, version, updated_at) VALUES (?, ?, ?, ?, ?) ' +
      'ON CONFLICT(episode_id) DO UPDATE SET rename = excluded.rename, merge = excluded.merge, version = excluded.version, updated_at = excluded.updated_at',
  ).run(id, JSON.stringify(clean.rename), JSON.stringify(clean.merge), editsVersion(clean), new Date().toISOString());
}

/**
 * Reads an episode's edits, lets `change` decide, and writes what it returns, in one immediate (write-locked)
 * transaction: another request or process changing the same edits waits for this one, then sees its result.
 * `change` is synchronous and returns the edits to save (or null to save nothing) and the caller's result.
 */
export function changeEdits<T>(
  db: Archive,
  id: string,
  change: (saved: SpeakerEdits, version: string) => { save: SpeakerEdits | null; result: T },
): T {
  return db
    .transaction(() => {
      const saved = readEdits(db, id);
      const { save, result } = change(saved, editsVersion(saved));
      if (save) writeEdits(db, id, save);
      return result;
    })
    .immediate();
}

/** Saves many episodes' edits in one transaction (an import): each listed episode's edits are replaced. */
export function replaceEdits(db: Archive, entries: Iterable<{ id: string; edits: SpeakerEdits }>): number {
  return db
    .transaction(() => {
      let n = 0;
      for (const { id, edits } of entries) {
        writeEdits(db, id, edits);
        n++;
      }
      return n;
    })
    .immediate();
}
