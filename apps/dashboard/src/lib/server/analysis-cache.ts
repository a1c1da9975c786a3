/**
 * Analyses in the dashboard's database (table dashboard_analyses), keyed by a hash of the analysis version, the
 * file name, the edits/people key and the content hash. A cache: every row is computed again from its transcript.
 * Stored as deflated JSON (about a fifth of the text's size).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Archive } from '@podlens/archive';

export interface CachedAnalysis {
  key: string;
  contentHash: string;
  analysisVersion: string;
}

/** The analysis stored under key, or undefined. */
export function getAnalysis<T>(db: Archive, key: string): T | undefined {
  const blob = db.prepare('SELECT outcome FROM dashboard_analyses WHERE key = ?').pluck().get(key) as
    Buffer | undefined;
  if (!blob) return undefined;
  try {
    return JSON.parse(inflateRawSync(blob).toString('utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Stores an analysis under its key (replacing one there). */
export function putAnalysis(db: Archive, entry: CachedAnalysis, value: unknown): void {
  const blob = deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8'), { level: 1 });
  db.prepare(
    'INSERT OR REPLACE INTO dashboard_analyses (key, content_hash, analysis_version, outcome) VALUES (?, ?, ?, ?)',
  ).run(entry.key, entry.contentHash, entry.analysisVersion, blob);
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
