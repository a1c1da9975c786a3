/**
 * Analyses in the dashboard's database (table dashboard_analyses), keyed by a hash of the analysis version, the
 * file name, the edits/people key and the content hash. A cache: every row is computed again from its transcript.
 * Stored as deflated JSON (about a fifth of the text's size), in two parts: the outcome (what the library and its
 * charts read, for every episode at start) and the detail (the turns and balance windows, read for one episode
 * when its page asks), so that a restart does not inflate every transcript.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Archive } from '@podlens/archive';

/** The part of a prepared statement used here. */
type Statement = {
  run(...params: unknown[]): unknown;
  pluck(): { get(...params: unknown[]): unknown };
};
const statements = new WeakMap<Archive, Map<string, Statement>>();
/** A statement prepared once per database (a restart reads thousands of rows with the same one). */
function prepared(db: Archive, sql: string): Statement {
  let byDb = statements.get(db);
  if (!byDb) statements.set(db, (byDb = new Map()));
  let statement = byDb.get(sql);
  if (!statement) byDb.set(sql, (statement = db.prepare(sql) as unknown as Statement));
  return statement;
}

function inflated<T>(blob: Buffer | null | undefined): T | undefined {
  if (!blob) return undefined;
  try {
    return JSON.parse(inflateRawSync(blob).toString('utf8')) as T;
  } catch {
    return undefined;
  }
}

const deflated = (json: string) => deflateRawSync(Buffer.from(json, 'utf8'), { level: 1 });

export interface CachedAnalysis {
  key: string;
  contentHash: string;
  analysisVersion: string;
}

/** The analysis stored under key, or undefined. */
export function getAnalysis<T>(db: Archive, key: string): T | undefined {
  return inflated<T>(
    prepared(db, 'SELECT outcome FROM dashboard_analyses WHERE key = ?').pluck().get(key) as Buffer | undefined,
  );
}

/** The detail stored with the analysis under key (its JSON text), or undefined where there is none. */
export function getAnalysisDetail(db: Archive, key: string): string | undefined {
  const blob = prepared(db, 'SELECT detail FROM dashboard_analyses WHERE key = ?').pluck().get(key) as
    Buffer | null | undefined;
  if (!blob) return undefined;
  try {
    return inflateRawSync(blob).toString('utf8');
  } catch {
    return undefined;
  }
}

/** Stores an analysis under its key (replacing one there), with its detail as JSON text where it has one. */
export function putAnalysis(db: Archive, entry: CachedAnalysis, value: unknown, detail?: string): void {
  prepared(
    db,
    'INSERT OR REPLACE INTO dashboard_analyses (key, content_hash, analysis_version, outcome, detail) VALUES (?, ?, ?, ?, ?)',
  ).run(
    entry.key,
    entry.contentHash,
    entry.analysisVersion,
    deflated(JSON.stringify(value)),
    detail === undefined ? null : deflated(detail),
  );
}

/** Removes every analysis of another analysis version and every one whose key is not in `keep`; returns how many. */
export function pruneAnalyses(db: Archive, analysisVersion: string, keep: ReadonlySet<string>): number {
  return db
    .transaction(() => {
      const stale = (
        db.prepare('SELECT key, analysis_version AS version FROM dashboard_analyses').all() as {
          key: string;
          version: string;
        }[]
      ).filter((r) => r.version !== analysisVersion || !keep.has(r.key));
      const remove = db.prepare('DELETE FROM dashboard_analyses WHERE key = ?');
      for (const r of stale) remove.run(r.key);
      return stale.length;
    })
    .immediate();
}
