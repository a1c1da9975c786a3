import { termTrends, type Archive, type Period, type TrendPoint } from '@podlens/archive';
import { splitTerms, termWords } from '../term-words.js';
import type { Read } from './search-request.js';

export type TrendRole = 'all' | 'host' | 'guest';

/** What `/trends` and `/api/trends` read from their URL. */
export interface TrendsRequest {
  /** As typed (a phrase may be in quotes). */
  terms: string[];
  by: Period;
  role: TrendRole;
}

export const MAX_TERMS = 8;
const PERIODS: readonly Period[] = ['month', 'quarter', 'year'];
const ROLES: readonly TrendRole[] = ['all', 'host', 'guest'];

/** Reads `term` (repeated, or several in one separated by commas; at most MAX_TERMS), `by` (month, quarter or year; default quarter) and `role` (all, host or guest). */
export function readTrendsRequest(params: URLSearchParams): Read<TrendsRequest> {
  const terms: string[] = [];
  for (const term of params.getAll('term').flatMap(splitTerms)) {
    if (terms.includes(term)) continue;
    if (term.length > 100) return { ok: false, message: `term: at most 100 characters (got ${term.length})` };
    terms.push(term);
  }
  if (terms.length > MAX_TERMS) return { ok: false, message: `term: at most ${MAX_TERMS} terms (got ${terms.length})` };
  const by = (params.get('by') ?? 'quarter') as Period;
  if (!PERIODS.includes(by)) return { ok: false, message: `by: one of ${PERIODS.join(', ')} (got '${by}')` };
  const role = (params.get('role') ?? 'all') as TrendRole;
  if (!ROLES.includes(role)) return { ok: false, message: `role: one of ${ROLES.join(', ')} (got '${role}')` };
  return { ok: true, value: { terms, by, role } };
}

export interface TrendsView {
  by: Period;
  role: TrendRole;
  terms: { term: string; total: number; points: TrendPoint[] }[];
  undatedEpisodes: number;
}

/** Each term's mentions per period (raw and per 10,000 words), of everyone or of the hosts' or guests' words only. */
export function runTrends(db: Archive, request: TrendsRequest): TrendsView {
  const result = termTrends(db, request.terms.map(termWords), { period: request.by, byRole: request.role !== 'all' });
  const terms = result.terms.map((t, i) => {
    if (request.role === 'all')
      return { term: request.terms[i]!, total: t.total, points: t.points.map(({ byRole: _, ...p }) => p) };
    const points = t.points.map((p) => ({
      period: p.period,
      ...(p.byRole?.[request.role] ?? { count: 0, words: 0, per10k: 0 }),
    }));
    return { term: request.terms[i]!, total: points.reduce((s, p) => s + p.count, 0), points };
  });
  return { by: result.period, role: request.role, terms, undatedEpisodes: result.undatedEpisodes };
}
