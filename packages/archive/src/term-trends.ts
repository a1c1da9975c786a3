import { UNITS_PER_EPISODE, type Archive } from './open-archive.js';
import { findPhrase } from './find-phrase.js';
import { ftsExpression } from './parse-query.js';
import { periodOf, periodsBetween, type Period } from '@podlens/parser';
import { isIndexToken, searchKeys } from './search-keys.js';

export interface TrendOptions {
  /** Default `quarter`. */
  period?: Period;
  /** Also count by speaker role (host, guest, unknown). */
  byRole?: boolean;
}

export interface TrendPoint {
  period: string;
  /** Mentions of the term (every occurrence of the phrase, stemmed and case folded). */
  count: number;
  /** Words spoken in the period's episodes. */
  words: number;
  /** Mentions per 10,000 words spoken (0 where nothing was said). */
  per10k: number;
  /** `count` split by the role of who said it, with `byRole`. */
  byRole?: Record<string, { count: number; words: number; per10k: number }>;
}

export interface TermTrend {
  term: string;
  total: number;
  points: TrendPoint[];
}

export interface TrendResult {
  period: Period;
  terms: TermTrend[];
  /** Episodes left out because they have no date. */
  undatedEpisodes: number;
}

const per10k = (count: number, words: number) => (words > 0 ? (count / words) * 10_000 : 0);

/** Mentions of each term (a word or a phrase) per month, quarter or year across the dated episodes of the archive. */
export function termTrends(db: Archive, terms: string[], options: TrendOptions = {}): TrendResult {
  const period = options.period ?? 'quarter';
  const episodes = db.prepare('SELECT num, id, date FROM episodes').all() as {
    num: number;
    id: string;
    date: string | null;
  }[];
  const periodOfEpisode = new Map<number, string>();
  const periodOfId = new Map<string, string>();
  for (const e of episodes) {
    const p = e.date ? periodOf(e.date, period) : undefined;
    if (p) {
      periodOfEpisode.set(e.num, p);
      periodOfId.set(e.id, p);
    }
  }
  const known = [...new Set(periodOfEpisode.values())].sort();
  const periods = known.length > 0 ? periodsBetween(known[0]!, known[known.length - 1]!, period) : [];
  const words = new Map<string, number>();
  for (const r of db.prepare('SELECT episode_id, role, words FROM episode_words').all() as {
    episode_id: string;
    role: string;
    words: number;
  }[]) {
    const p = periodOfId.get(r.episode_id);
    if (!p) continue;
    add(words, p, r.words);
    add(words, `${p}\u0000${r.role}`, r.words);
  }
  const roles = db.prepare('SELECT DISTINCT role FROM episode_words ORDER BY role').pluck().all() as string[];
  const result: TermTrend[] = terms.map((term) => {
    const phrase = searchKeys(term).map((k) => k.key);
    const counts = new Map<string, number>();
    for (const { num, role, count } of mentions(db, phrase, options.byRole ?? false)) {
      const p = periodOfEpisode.get(num);
      if (!p) continue;
      add(counts, p, count);
      if (options.byRole) add(counts, `${p}\u0000${role}`, count);
    }
    const points = periods.map((p): TrendPoint => {
      const count = counts.get(p) ?? 0;
      const w = words.get(p) ?? 0;
      const point: TrendPoint = { period: p, count, words: w, per10k: per10k(count, w) };
      if (options.byRole) {
        point.byRole = Object.fromEntries(
          roles.map((role) => {
            const c = counts.get(`${p}\u0000${role}`) ?? 0;
            const rw = words.get(`${p}\u0000${role}`) ?? 0;
            return [role, { count: c, words: rw, per10k: per10k(c, rw) }];
          }),
        );
      }
      return point;
    });
    return { term, total: points.reduce((s, x) => s + x.count, 0), points };
  });
  return { period, terms: result, undatedEpisodes: episodes.length - periodOfEpisode.size };
}

const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);

/** Mentions of a phrase per episode (its number) and, with `byRole`, per role of who said it. */
function mentions(db: Archive, phrase: string[], byRole: boolean): { num: number; role: string; count: number }[] {
  if (phrase.length === 0) return [];
  if (phrase.every((k) => isIndexToken(k))) {
    // Keys of letters and digits are FTS5's tokens as they are: counted from the index's token places
    // (units_vocab), each later key joined at its offset; the FTS5 match narrows the units to those that hold it.
    const params: Record<string, string> = { match: ftsExpression({ phrases: [phrase], excluded: [] })! };
    phrase.forEach((k, i) => (params[`t${i}`] = k));
    const places = phrase.map((_, i) =>
      phrase.length === 1
        ? `k0(doc, off) AS (SELECT doc, offset FROM units_vocab WHERE term = @t0)`
        : `k${i}(doc, off) AS MATERIALIZED (SELECT doc, offset FROM units_vocab WHERE term = @t${i} AND doc IN (SELECT doc FROM c))`,
    );
    const ctes =
      phrase.length === 1
        ? places
        : ['c(doc) AS MATERIALIZED (SELECT rowid FROM units_fts WHERE units_fts MATCH @match)', ...places];
    const joins = phrase
      .slice(1)
      .map((_, j) => `JOIN k${j + 1} ON k${j + 1}.doc = k0.doc AND k${j + 1}.off = k0.off + ${j + 1}`);
    // Counted per unit first, so a role is looked up once per unit that says it, not once per mention.
    const perUnit = `SELECT k0.doc AS doc, count(*) AS n FROM k0 ${joins.join(' ')} GROUP BY k0.doc`;
    const sql = byRole
      ? `WITH ${ctes.join(',\n')} SELECT m.doc / ${UNITS_PER_EPISODE} AS num, u.role AS role, sum(m.n) AS count FROM (${perUnit}) m JOIN units u ON u.rowid = m.doc GROUP BY num, role`
      : `WITH ${ctes.join(',\n')} SELECT m.doc / ${UNITS_PER_EPISODE} AS num, '' AS role, sum(m.n) AS count FROM (${perUnit}) m GROUP BY num`;
    return db.prepare(sql).all(params) as { num: number; role: string; count: number }[];
  }
  // Other keys (`ci/cd`, `don't`) are split by FTS5: it finds the candidates, the keys of their text decide.
  const match = ftsExpression({ phrases: [phrase], excluded: [] });
  if (!match) return [];
  const out: { num: number; role: string; count: number }[] = [];
  for (const row of db
    .prepare(
      'SELECT u.rowid, u.role, u.text FROM units_fts JOIN units u ON u.rowid = units_fts.rowid WHERE units_fts MATCH ?',
    )
    .all(match) as { rowid: number; role: string; text: string }[]) {
    const n = findPhrase(
      searchKeys(row.text).map((k) => k.key),
      phrase,
    ).length;
    if (n > 0) out.push({ num: Math.floor(row.rowid / UNITS_PER_EPISODE), role: byRole ? row.role : '', count: n });
  }
  return out;
}
