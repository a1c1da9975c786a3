/**
 * Analyses in the dashboard's database (table dashboard_analyses), keyed by a hash of the analysis version, the
 * file name, the edits/people key and the content hash. A cache: every row is computed again from its transcript.
 * Stored in three parts: the outcome (what the library and its charts read, for every episode at start: JSON text,
 * a few KB, read without inflating), the rest of the summary (topic flow and chapters: what the JSON list of every
 * summary adds) and the detail (the turns and balance windows, read for one episode when its page asks), both as
 * deflated JSON (about a third of the text's size), so that neither a restart nor the list inflates every transcript.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Archive } from '@podlens/archive';

/** The part of a prepared statement used here. */
type Statement = {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
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

function parsed<T>(json: string | null | undefined): T | undefined {
  if (typeof json !== 'string') return undefined;
  try {
    return JSON.parse(json) as T;
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
  return parsed<T>(
    prepared(db, 'SELECT outcome FROM dashboard_analyses WHERE key = ?').pluck().get(key) as string | undefined,
  );
}

/**
 * Every analysis of `analysisVersion` as its outcome's JSON text, by key, in one read: what a start looks its files up
 * in (`parseAnalysis` each), instead of a query per file.
 */
export function getAnalyses(db: Archive, analysisVersion: string): Map<string, string> {
  const rows = prepared(db, 'SELECT key, outcome FROM dashboard_analyses WHERE analysis_version = ?').all(
    analysisVersion,
  ) as { key: string; outcome: unknown }[];
  return new Map(rows.flatMap((r) => (typeof r.outcome === 'string' ? [[r.key, r.outcome]] : [])));
}

/** An outcome's JSON text as `getAnalyses` gives it, parsed; undefined where it is damaged. */
export function parseAnalysis<T>(json: string | undefined): T | undefined {
  return parsed<T>(json);
}

function inflatedText(blob: Buffer | null | undefined): string | undefined {
  if (!blob) return undefined;
  try {
    return inflateRawSync(blob).toString('utf8');
  } catch {
    return undefined;
  }
}

/** The texts an analysis keeps beside its outcome: its summary's rest and its detail (JSON). */
export interface AnalysisTexts {
  rest: string;
  detail: string;
}

/** The texts stored with the analysis under key, or undefined where there are none. */
export function getAnalysisDetail(db: Archive, key: string): AnalysisTexts | undefined {
  const row = prepared(db, 'SELECT rest, detail FROM dashboard_analyses WHERE key = ?').get(key) as
    { rest: Buffer | null; detail: Buffer | null } | undefined;
  const rest = inflatedText(row?.rest);
  const detail = inflatedText(row?.detail);
  return rest === undefined || detail === undefined ? undefined : { rest, detail };
}

/** The rest of the summary stored with the analysis under key (its JSON text, no detail read), or undefined. */
export function getAnalysisRest(db: Archive, key: string): string | undefined {
  return inflatedText(
    prepared(db, 'SELECT rest FROM dashboard_analyses WHERE key = ?').pluck().get(key) as Buffer | null | undefined,
  );
}

/** Stores an analysis under its key (replacing one there), with its texts where it has them. */
export function putAnalysis(db: Archive, entry: CachedAnalysis, value: unknown, texts?: AnalysisTexts): void {
  prepared(
    db,
    'INSERT OR REPLACE INTO dashboard_analyses (key, content_hash, analysis_version, outcome, rest, detail) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    entry.key,
    entry.contentHash,
    entry.analysisVersion,
    JSON.stringify(value),
    texts === undefined ? null : deflated(texts.rest),
    texts === undefined ? null : deflated(texts.detail),
  );
}

/**
 * The keys of `analysisVersion`'s analyses stored without their texts (a folder's first analysis stores the library's
 * part first, store.ts): those whose texts and search records the second pass still has to make.
 */
export function analysesWithoutTexts(db: Archive, analysisVersion: string): Set<string> {
  const rows = prepared(
    db,
    'SELECT key FROM dashboard_analyses WHERE analysis_version = ? AND (rest IS NULL OR detail IS NULL)',
  ).all(analysisVersion) as { key: string }[];
  return new Set(rows.map((r) => r.key));
}

/** Adds its texts to the analysis stored under key (nothing where there is none: it was pruned meanwhile). */
export function putAnalysisTexts(db: Archive, key: string, texts: AnalysisTexts): void {
  prepared(db, 'UPDATE dashboard_analyses SET rest = ?, detail = ? WHERE key = ?').run(
    deflated(texts.rest),
    deflated(texts.detail),
    key,
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
