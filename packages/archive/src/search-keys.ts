import { stemWord, tokenize, tokenSurfaces } from '@podlens/nlp';

/** A word of a text as search sees it: its key (case folded, stemmed) and where it is written. */
export interface SearchKey {
  key: string;
  start: number;
  end: number;
}

/**
 * The words of a text as search keys: the words and stems that keywords and topics use (`tokenize`,
 * `stemWord` of @podlens/nlp), lower-cased, and compounds split at `-`, `/` and `.`, so "Stores" finds
 * "store", "feature-store" finds "feature store" and "MLOps" finds "mlops".
 */
export function searchKeys(text: string): SearchKey[] {
  const keys: SearchKey[] = [];
  for (const t of tokenize(text)) {
    for (const part of partsOf(t.surface))
      keys.push({ key: part.key, start: t.offset + part.from, end: t.offset + part.from + part.length });
  }
  return keys;
}

/**
 * The keys of a text as the FTS index holds them: `searchKeys(text)`'s keys joined by spaces ('' for none), made
 * without an object per word (the archive makes it for every paragraph it indexes).
 */
export function searchKeyText(text: string): string {
  let out = '';
  for (const surface of tokenSurfaces(text)) {
    const keys = keyTextOf(surface);
    if (keys !== '') out = out === '' ? keys : `${out} ${keys}`;
  }
  return out;
}

// The keys of a spelling joined, as searchKeyText writes them.
const keyTexts = new Map<string, string>();

function keyTextOf(surface: string): string {
  let out = keyTexts.get(surface);
  if (out !== undefined) return out;
  out = partsOf(surface)
    .map((p) => p.key)
    .join(' ');
  if (keyTexts.size > 200_000) keyTexts.clear();
  keyTexts.set(surface, out);
  return out;
}

interface Part {
  key: string;
  from: number;
  length: number;
}

// A word's parts and keys are the same wherever it is said: worked out once per spelling.
const parts = new Map<string, Part[]>();

function partsOf(surface: string): Part[] {
  let out = parts.get(surface);
  if (out) return out;
  out = [];
  let from = 0;
  for (const part of surface.split(/[-/.]/)) {
    // A closing quote written as an apostrophe (‘the last mile of data’) is no part of the word: FTS5 drops it too,
    // so the key must, or the index finds a unit whose keys do not hold the word.
    const word = part.replace(/'+$/, '');
    if (word !== '') out.push({ key: stemWord(word).toLowerCase(), from, length: word.length });
    from += part.length + 1;
  }
  if (parts.size > 200_000) parts.clear();
  parts.set(surface, out);
  return out;
}

/** Whether a key is one FTS5 token as it stands (letters and digits only), so the index's matches on it are exact. */
export function isIndexToken(key: string): boolean {
  return /^[\p{L}\p{N}]+$/u.test(key);
}
