/**
 * The JSON sidecars of earlier versions (`.podlens/speakers/*.json` in the corpus): read once into the database
 * so no saved edit is lost, then never read again. The files stay where they are, as a backup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Archive } from '@podlens/archive';
import { readEdits, writeEdits } from './edits-store.js';
import { isEmptyEdits, normaliseEdits } from './speaker-edits.js';

/** The folder the sidecars were kept in. */
export const sidecarFolder = (corpus: string): string => path.join(corpus, '.podlens', 'speakers');

/**
 * The episode id a sidecar file holds: its `id` field (files named by a hash of it), else the name of podlens
 * 0.1's `<encoded id>.json`; null for a file that is neither.
 */
export function sidecarId(file: string, parsed: unknown): string | null {
  const id = (parsed as { id?: unknown } | null)?.id;
  if (typeof id === 'string' && id !== '') return id;
  if (/^[0-9a-f]{32}\.json$/.test(file)) return null;
  try {
    return decodeURIComponent(file.replace(/\.json$/, '')) || null;
  } catch {
    return null;
  }
}

/**
 * Imports the corpus's sidecars into the database, once per database (marked in dashboard_meta): an episode
 * that has edits in the database already keeps them. Returns how many episodes' edits were imported.
 */
export function importSidecars(db: Archive, corpus: string): number {
  const done = db.prepare("SELECT value FROM dashboard_meta WHERE key = 'sidecars-imported'").pluck().get();
  if (done !== undefined) return 0;
  const dir = sidecarFolder(corpus);
  let names: string[] = [];
  try {
    // The hash-named files (written last by podlens) before the legacy ones: where both hold an id, the first wins.
    const hashed = (f: string) => (/^[0-9a-f]{32}\.json$/.test(f) ? 0 : 1);
    names = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort((a, b) => hashed(a) - hashed(b) || (a < b ? -1 : 1));
  } catch {
    // no sidecars
  }
  const found: { id: string; edits: ReturnType<typeof normaliseEdits> }[] = [];
  for (const name of names) {
    try {
      const parsed = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as unknown;
      const id = sidecarId(name, parsed);
      const edits = normaliseEdits(parsed);
      if (id !== null && !isEmptyEdits(edits)) found.push({ id, edits });
    } catch {
      // unreadable: nothing to import from it
    }
  }
  return db
    .transaction(() => {
      let n = 0;
      for (const { id, edits } of found) {
        if (!isEmptyEdits(readEdits(db, id))) continue;
        writeEdits(db, id, edits);
        n++;
      }
      db.prepare("INSERT OR REPLACE INTO dashboard_meta (key, value) VALUES ('sidecars-imported', ?)").run(
        new Date().toISOString(),
      );
      return n;
    })
    .immediate();
}
