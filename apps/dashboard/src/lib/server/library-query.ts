/**
 * The library table's view, computed on the server: filter, sort and the page of rows the browser draws.
 * A corpus of 10,000 episodes would otherwise send and draw every row.
 */
import type { LibraryRow } from '../types.js';

export type SortKey = 'date' | 'title' | 'duration' | 'speakers' | 'host';
export const SORT_KEYS: readonly SortKey[] = ['date', 'title', 'duration', 'speakers', 'host'];
export const PAGE_ROWS = 200;

export interface LibraryQuery {
  q: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
  topic: string;
  band: 'all' | 'in' | 'out';
  /** How many rows to send (the table grows by PAGE_ROWS). */
  shown: number;
}

export function readLibraryQuery(params: URLSearchParams): LibraryQuery {
  const sort = params.get('sort') as SortKey | null;
  const band = params.get('band');
  const shown = Number(params.get('shown'));
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    sort: sort && SORT_KEYS.includes(sort) ? sort : 'date',
    dir: params.get('dir') === 'asc' ? 'asc' : 'desc',
    topic: params.get('topic') ?? '',
    band: band === 'in' || band === 'out' ? band : 'all',
    shown: Number.isInteger(shown) && shown > 0 ? Math.min(shown, 100_000) : PAGE_ROWS,
  };
}

const sortValue: Record<SortKey, (r: LibraryRow) => string | number> = {
  date: (r) => r.date ?? '',
  title: (r) => r.title.toLowerCase(),
  duration: (r) => r.durationSeconds,
  speakers: (r) => r.speakers.length,
  host: (r) => r.hostShare ?? -1,
};

/** The rows that match, sorted; `total` counts them all, `rows` holds the first `shown`. */
export function queryLibrary(
  all: readonly LibraryRow[],
  query: LibraryQuery,
): { rows: LibraryRow[]; matching: number } {
  const needle = query.q.trim().toLowerCase();
  const out = all.filter((r) => {
    if (needle && !`${r.title} ${r.id} ${r.speakers.map((s) => s.name).join(' ')}`.toLowerCase().includes(needle))
      return false;
    if (query.topic && !r.topTopics.some((t) => t.id === query.topic)) return false;
    if (query.band !== 'all') {
      const inside = r.hostShare !== null && r.hostShare >= 0.43 && r.hostShare <= 0.57;
      if ((query.band === 'in') !== inside) return false;
    }
    return true;
  });
  const key = sortValue[query.sort];
  const sign = query.dir === 'asc' ? 1 : -1;
  out.sort((a, b) => {
    const va = key(a);
    const vb = key(b);
    return (va < vb ? -1 : va > vb ? 1 : 0) * sign || a.id.localeCompare(b.id);
  });
  return { rows: out.slice(0, query.shown), matching: out.length };
}

/** At most `max` points, spread evenly over the list (in its order): a chart of more would be overplotted. */
export function thin<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return [...points];
  return Array.from({ length: max }, (_, i) => points[Math.floor((i * points.length) / max)]!);
}
