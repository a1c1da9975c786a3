import type { Archive } from '@podlens/archive';

/** Bumped when the dashboard's tables change. A new version drops the analyses (a cache) and never the edits. */
export const STATE_SCHEMA_VERSION = 3;

/**
 * The dashboard's own tables, beside the archive's in the same SQLite file. `dashboard_analyses` and `dashboard_files`
 * (each transcript's content hash at its stat stamp) are caches (every row can be computed again from a transcript);
 * `dashboard_edits` is the user's work (kept, exported, imported).
 */
export const STATE_SCHEMA = `
CREATE TABLE IF NOT EXISTS dashboard_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dashboard_analyses (
  key TEXT PRIMARY KEY, content_hash TEXT NOT NULL, analysis_version TEXT NOT NULL, outcome TEXT NOT NULL, rest BLOB,
  detail BLOB
);
CREATE TABLE IF NOT EXISTS dashboard_files (path TEXT PRIMARY KEY, stamp TEXT NOT NULL, content_hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dashboard_edits (
  episode_id TEXT PRIMARY KEY, rename TEXT NOT NULL, merge TEXT NOT NULL, version TEXT NOT NULL, updated_at TEXT NOT NULL
);
`;

/**
 * Creates the dashboard's tables where missing, in one transaction. The analyses of another schema version (a cache,
 * perhaps of another shape) are dropped and their table made again.
 */
export function ensureStateSchema(db: Archive): void {
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS dashboard_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);');
    const version = db.prepare("SELECT value FROM dashboard_meta WHERE key = 'schema'").pluck().get() as
      string | undefined;
    if (version !== undefined && Number(version) !== STATE_SCHEMA_VERSION)
      db.exec('DROP TABLE IF EXISTS dashboard_analyses');
    db.exec(STATE_SCHEMA);
    db.prepare("INSERT OR REPLACE INTO dashboard_meta (key, value) VALUES ('schema', ?)").run(
      String(STATE_SCHEMA_VERSION),
    );
  }).immediate();
}
