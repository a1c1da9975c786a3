/**
 * The dashboard's one database: a SQLite file in podlens's data folder (see dataDir), opened once per process.
 * It is an @podlens/archive archive (episodes, speech units with their FTS5 index, speakers, people links); the
 * dashboard keeps its own state (analyzes, speaker edits) in tables of the same file.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openArchive, type Archive } from '@podlens/archive';
import { corpusDir, databaseFile } from './config.js';

let open: { file: string; db: Archive } | null = null;

/** The database of the current corpus (PODLENS_CORPUS), created on first use. */
export function getDatabase(corpus: string = corpusDir()): Archive {
  const file = databaseFile(corpus);
  if (open?.file === file) return open.db;
  open?.db.close();
  mkdirSync(path.dirname(file), { recursive: true });
  open = { file, db: openArchive(file) };
  return open.db;
}

/** Closes the database (tests, shutdown). */
export function closeDatabase(): void {
  open?.db.close();
  open = null;
}
