/**
 * The dashboard's one database: a SQLite file in podlens's data folder (see dataDir), opened once per process.
 * It is an @podlens/archive archive (episodes, speech units with their FTS5 index, speakers, people links); the
 * dashboard keeps its own state (analyses, speaker edits) in tables of the same file (state-schema.ts).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openArchive, type Archive } from '@podlens/archive';
import { corpusDir, databaseFile } from './config.js';
import { removeLegacyCache } from './legacy-cache.js';
import { importSidecars } from './sidecar.js';
import { ensureStateSchema } from './state-schema.js';

let open: { file: string; db: Archive } | null = null;

/** The database of the current corpus (PODLENS_CORPUS), created on first use. */
export function getDatabase(corpus: string = corpusDir()): Archive {
  const file = databaseFile(corpus);
  if (open?.file === file) return open.db;
  open?.db.close();
  mkdirSync(path.dirname(file), { recursive: true });
  const db = openArchive(file);
  ensureStateSchema(db);
  // Edits saved by earlier versions as JSON sidecars in the corpus: read into this database once.
  importSidecars(db, corpus);
  // Analyses now live here: the JSON cache of earlier versions among the transcripts goes.
  removeLegacyCache(corpus);
  open = { file, db };
  return db;
}

/** Closes the database (tests, shutdown). */
export function closeDatabase(): void {
  open?.db.close();
  open = null;
}
