import { stemWord, tokenize } from '@podlens/nlp';

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
    let from = 0;
    for (const part of t.surface.split(/[-/.]/)) {
      if (part !== '') keys.push({ key: stemWord(part).toLowerCase(), start: t.offset + from, end: t.offset + from + part.length });
      from += part.length + 1;
    }
  }
  return keys;
}
