import type { Archive } from './open-archive.js';
import { findPhrase } from './find-phrase.js';
import { ftsExpression } from './parse-query.js';
import { periodOf, periodsBetween, type Period } from './period-of.js';
import { searchKeys } from './search-keys.js';

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
  const episodes = db.prepare('SELECT id, date FROM episodes').all() as { id: string; date: string | null }[];
  const periodOfEpisode = new Map<string, string>();
  for (const e of episodes) {
    const p = e.date ? periodOf(e.date, period) : undefined;
    if (p) periodOfEpisode.set(e.id, p);
  }
  const known = [...new Set(periodOfEpisode.values())].sort();
  const periods = known.length > 0 ? periodsBetween(known[0]!, known[known.length - 1]!, period) : [];
  const words = new Map<string, number>();
  const roleWords = new Map<string, number>();
  for (const r of db.prepare('SELECT episode_id, role, SUM(words) AS words FROM units GROUP BY episode_id, role').all() as { episode_id: string; role: string; words: number }[]) {
    const p = periodOfEpisode.get(r.episode_id);
    if (!p) continue;
    words.set(p, (words.get(p) ?? 0) + r.words);
    roleWords.set(`${p}\u0000${r.role}`, (roleWords.get(`${p}\u0000${r.role}`) ?? 0) + r.words);
  }
  const roles = [...new Set((db.prepare('SELECT DISTINCT role FROM units').pluck().all() as string[]))].sort();
  const candidates = db.prepare('SELECT u.episode_id, u.role, u.keys FROM units_fts JOIN units u ON u.rowid = units_fts.rowid WHERE units_fts MATCH ?');
  const result: TermTrend[] = terms.map((term) => {
    const phrase = searchKeys(term).map((k) => k.key);
    const counts = new Map<string, number>();
    const match = ftsExpression({ phrases: [phrase], excluded: [] });
    if (match) {
      for (const row of candidates.all(match) as { episode_id: string; role: string; keys: string }[]) {
        const p = periodOfEpisode.get(row.episode_id);
        if (!p) continue;
        const n = findPhrase(row.keys.split(' '), phrase).length;
        if (n === 0) continue;
        counts.set(p, (counts.get(p) ?? 0) + n);
        counts.set(`${p}\u0000${row.role}`, (counts.get(`${p}\u0000${row.role}`) ?? 0) + n);
      }
    }
    const points = periods.map((p): TrendPoint => {
      const count = counts.get(p) ?? 0;
      const w = words.get(p) ?? 0;
      const point: TrendPoint = { period: p, count, words: w, per10k: per10k(count, w) };
      if (options.byRole) {
        point.byRole = Object.fromEntries(
          roles.map((role) => {
            const c = counts.get(`${p}\u0000${role}`) ?? 0;
            const rw = roleWords.get(`${p}\u0000${role}`) ?? 0;
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
