import { searchKeys } from './search-keys.js';

/** A search: phrases that must all occur (each a run of keys), and phrases that must not. */
export interface ArchiveQuery {
  phrases: string[][];
  excluded: string[][];
}

/**
 * Reads what a user types: words, `"quoted phrases"`, and `-word` or `-"phrase"` to leave out.
 * Every part becomes search keys, so no input is an FTS5 syntax error.
 */
export function parseQuery(input: string): ArchiveQuery {
  const phrases: string[][] = [];
  const excluded: string[][] = [];
  for (const m of input.matchAll(/(-?)(?:"([^"]*)"?|(\S+))/g)) {
    const keys = searchKeys(m[2] ?? m[3] ?? '').map((k) => k.key);
    if (keys.length === 0) continue;
    // A bare word list is a set of terms; a quoted run is one phrase.
    const parts = m[2] !== undefined ? [keys] : keys.map((k) => [k]);
    (m[1] === '-' ? excluded : phrases).push(...parts);
  }
  return { phrases, excluded };
}

/** The FTS5 MATCH expression of a query, every key quoted; undefined when nothing can match. */
export function ftsExpression(query: ArchiveQuery): string | undefined {
  if (query.phrases.length === 0) return undefined;
  const phrase = (keys: string[]) => `"${keys.map((k) => k.replace(/"/g, '""')).join(' ')}"`;
  const must = query.phrases.map(phrase).join(' AND ');
  return query.excluded.length === 0 ? must : `(${must}) NOT (${query.excluded.map(phrase).join(' OR ')})`;
}
