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
  const episodes = db.prepare('SELECT num, date FROM episodes').all() as { num: number; date: string | null }[];
  const periodOfEpisode = new Map<number, string>();
  for (const e of episodes) {
    const p = e.date ? periodOf(e.date, period) : undefined;
    if (p) periodOfEpisode.set(e.num, p);
  }
  const known = [...new Set(periodOfEpisode.values())].sort();
  const periods = known.length > 0 ? periodsBetween(known[0]!, known[known.length - 1]!, period) : [];
  const words = new Map<string, number>();
  for (const r of db.prepare('SELECT e.num, u.role, SUM(u.words) AS words FROM units u JOIN episodes e ON e.id = u.episode_id GROUP BY e.num, u.role').all() as { num: number; role: string; words: number }[]) {
    const p = periodOfEpisode.get(r.num);
    if (!p) continue;
    add(words, p, r.words);
    add(words, `${p}\u0000${r.role}`, r.words);
  }
  const roles = (db.prepare('SELECT DISTINCT role FROM units ORDER BY role').pluck().all() as string[]);
  const roleOf = db.prepare('SELECT role FROM units WHERE rowid = ?').pluck();
  const result: TermTrend[] = terms.map((term) => {
    const phrase = searchKeys(term).map((k) => k.key);
    const counts = new Map<string, number>();
    for (const [unit, n] of phraseCounts(db, phrase)) {
      const p = periodOfEpisode.get(Math.floor(unit / UNITS_PER_EPISODE));
      if (!p) continue;
      add(counts, p, n);
      if (options.byRole) add(counts, `${p}\u0000${roleOf.get(unit) as string}`, n);
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

/** How often the phrase occurs in each unit that holds it, by unit rowid. */
function phraseCounts(db: Archive, phrase: string[]): Map<number, number> {
  const out = new Map<number, number>();
  if (phrase.length === 0) return out;
  if (phrase.every((k) => isIndexToken(k))) {
    // Keys of letters and digits are FTS5's tokens as they are: count from the index's token positions.
    const at = db.prepare('SELECT doc, offset FROM units_vocab WHERE term = ?');
    const places = phrase.map((k) => at.all(k) as { doc: number; offset: number }[]);
    const later = places.slice(1).map((list) => {
      const set = new Map<number, Set<number>>();
      for (const { doc, offset } of list) {
        let s = set.get(doc);
        if (!s) set.set(doc, (s = new Set()));
        s.add(offset);
      }
      return set;
    });
    for (const { doc, offset } of places[0]!) {
      if (later.every((set, i) => set.get(doc)?.has(offset + i + 1))) out.set(doc, (out.get(doc) ?? 0) + 1);
    }
    return out;
  }
  // Other keys (`ci/cd`, `don't`) are split by FTS5: it finds the candidates, the keys of their text decide.
  const match = ftsExpression({ phrases: [phrase], excluded: [] });
  if (!match) return out;
  for (const row of db.prepare('SELECT u.rowid, u.text FROM units_fts JOIN units u ON u.rowid = units_fts.rowid WHERE units_fts MATCH ?').all(match) as { rowid: number; text: string }[]) {
    const n = findPhrase(searchKeys(row.text).map((k) => k.key), phrase).length;
    if (n > 0) out.set(row.rowid, n);
  }
  return out;
}
