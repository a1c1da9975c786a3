import type { Archive } from '@podlens/archive';

/** Bumped when the dashboard's tables change. A new version drops the analyses (a cache) and never the edits. */
export const STATE_SCHEMA_VERSION = 1;

/**
 * The dashboard's own tables, beside the archive's in the same SQLite file. `dashboard_analyses` is a cache (every
 * row can be computed again from a transcript); `dashboard_edits` is the user's work (kept, exported, imported).
 */
export const STATE_SCHEMA = `
CREATE TABLE IF NOT EXISTS dashboard_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dashboard_analyses (
  key TEXT PRIMARY KEY, content_hash TEXT NOT NULL, analysis_version TEXT NOT NULL, outcome BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS dashboard_edits (
  episode_id TEXT PRIMARY KEY, rename TEXT NOT NULL, merge TEXT NOT NULL, version TEXT NOT NULL, updated_at TEXT NOT NULL
);
`;

/** Creates the dashboard's tables where missing (and empties the analyses of another schema version), in one transaction. */
export function ensureStateSchema(db: Archive): void {
  db.transaction(() => {
    db.exec(STATE_SCHEMA);
    const version = db.prepare("SELECT value FROM dashboard_meta WHERE key = 'schema'").pluck().get() as
      string | undefined;
    if (version !== undefined && Number(version) !== STATE_SCHEMA_VERSION) db.exec('DELETE FROM dashboard_analyses');
    db.prepare("INSERT OR REPLACE INTO dashboard_meta (key, value) VALUES ('schema', ?)").run(
      String(STATE_SCHEMA_VERSION),
    );
  }).immediate();
}
