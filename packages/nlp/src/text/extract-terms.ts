import { stemWord } from './stem-word.js';
import { stopWords } from './stop-words.js';
import { hasBreak, stageDirection, wordPattern } from './tokenize.js';

export interface TermHit {
  /** Stems joined by spaces: `open sourc`, `mlop`. */
  key: string;
  /** The words as written. */
  surface: string;
  /** Words in the term: 1 to 3. */
  n: number;
  offset: number;
  length: number;
}

const letter = /\p{L}/u;
const keyCache = new Map<string, string>();

/** The stem key of a content word as written, or '' for a stop word, filler or number; one lookup per word. */
function contentKey(raw: string): string {
  let key = keyCache.get(raw);
  if (key === undefined) {
    const surface = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
    key = surface.length >= 2 && letter.test(surface) && !stopWords.has(surface.toLowerCase()) ? stemWord(surface) : '';
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(raw, key);
  }
  return key;
}

/** Calls `onHit(key, n, offset, length)` for each term of a text; no objects made per hit. */
export function scanTerms(text: string, onHit: (key: string, n: number, offset: number, length: number) => void): void {
  let k1 = '';
  let k2 = '';
  let o1 = -1;
  let o2 = -1;
  const clean = text.includes('[') ? text.replace(stageDirection, (m) => ' '.repeat(m.length - 1) + '.') : text;
  wordPattern.lastIndex = 0;
  let last = 0;
  let first = true;
  for (let m = wordPattern.exec(clean); m !== null; m = wordPattern.exec(clean)) {
    const raw = m[0];
    const offset = m.index;
    const breakBefore = first || hasBreak(clean, last, offset);
    first = false;
    last = offset + raw.length;
    const key = contentKey(raw);
    if (breakBefore || !key) {
      o1 = -1;
      o2 = -1;
    }
    if (!key) continue;
    const end = last;
    onHit(key, 1, offset, end - offset);
    if (o1 >= 0) {
      onHit(`${k1} ${key}`, 2, o1, end - o1);
      if (o2 >= 0) onHit(`${k2} ${k1} ${key}`, 3, o2, end - o2);
    }
    k2 = k1;
    o2 = o1;
    k1 = key;
    o1 = offset;
  }
}

/** Content words of a text, and the runs of two and three adjacent content words in one clause. */
export function extractTerms(text: string): TermHit[] {
  const hits: TermHit[] = [];
  scanTerms(text, (key, n, offset, length) => {
    hits.push({ key, surface: text.slice(offset, offset + length), n, offset, length });
  });
  return hits;
}
