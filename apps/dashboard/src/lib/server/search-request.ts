import { periodBounds, searchArchive, type Archive, type SearchFilters, type SearchResult } from '@podlens/archive';
import { hitHref } from '../hit-href.js';

/** What `/search` and `/api/search` read from their URL. */
export interface SearchRequest {
  q: string;
  filters: SearchFilters;
  /** Most episodes listed. */
  limit: number;
}

export const SEARCH_LIMIT = 50;
export const MAX_SEARCH_LIMIT = 500;
const MAX_QUERY = 500;

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/** A date filter: an ISO day as it is, or a year, month or quarter (`2023`, `2023-04`, `2023-Q2`) taken from its first or last day. */
function dateOf(value: string, end: 'from' | 'to'): string | undefined {
  if (/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value)) return value;
  return periodBounds(value)?.[end];
}

/** Reads `q`, `speaker`, `person`, `from`, `to`, `topic`, `format` and `limit`; a bad value is a message naming it. */
export function readSearchRequest(params: URLSearchParams): Read<SearchRequest> {
  const text = (name: string) => (params.get(name) ?? '').trim();
  const q = text('q');
  if (q.length > MAX_QUERY) return { ok: false, message: `q: at most ${MAX_QUERY} characters (got ${q.length})` };
  const filters: SearchFilters = {};
  for (const name of ['speaker', 'person', 'topic', 'format'] as const) {
    const value = text(name);
    if (value.length > 200) return { ok: false, message: `${name}: at most 200 characters` };
    if (value) filters[name] = value;
  }
  for (const name of ['from', 'to'] as const) {
    const value = text(name);
    if (!value) continue;
    const date = dateOf(value, name);
    if (!date)
      return {
        ok: false,
        message: `${name}: '${value}' is not a date (2023-04-01), month (2023-04), quarter (2023-Q2) or year (2023)`,
      };
    filters[name] = date;
  }
  const given = text('limit');
  const limit = given === '' ? SEARCH_LIMIT : Number(given);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT)
    return { ok: false, message: `limit: a whole number from 1 to ${MAX_SEARCH_LIMIT} (got '${given}')` };
  return { ok: true, value: { q, filters, limit } };
}

export type LinkedResult = Omit<SearchResult, 'episodes'> & {
  episodes: (SearchResult['episodes'][number] & {
    href: string;
    hits: (SearchResult['episodes'][number]['hits'][number] & { href: string })[];
  })[];
};

/** The archive's search with each episode's and each hit's link (hitHref). */
export function runSearch(db: Archive, request: SearchRequest): LinkedResult {
  const result = searchArchive(db, request.q, { ...request.filters, limit: request.limit });
  return {
    ...result,
    episodes: result.episodes.map((e) => ({
      ...e,
      href: `/episode/${encodeURIComponent(e.id)}`,
      hits: e.hits.map((h) => ({ ...h, href: hitHref(e.id, h) })),
    })),
  };
}
