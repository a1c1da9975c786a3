import { stemWord } from './stem-word.js';
import { stopWords } from './stop-words.js';
import { tokenize } from './tokenize.js';

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

const maxN = 3;

function isContent(surface: string): boolean {
  if (surface.length < 2 || !/\p{L}/u.test(surface)) return false;
  return !stopWords.has(surface.toLowerCase());
}

/** Content words of a text, and the runs of two and three adjacent content words in one clause. */
export function extractTerms(text: string): TermHit[] {
  const hits: TermHit[] = [];
  let run: { key: string; offset: number; end: number }[] = [];
  for (const token of tokenize(text)) {
    if (token.breakBefore || !isContent(token.surface)) run = [];
    if (!isContent(token.surface)) continue;
    const key = stemWord(token.surface);
    const end = token.offset + token.surface.length;
    run.push({ key, offset: token.offset, end });
    if (run.length > maxN) run.shift();
    for (let n = 1; n <= run.length; n++) {
      const first = run[run.length - n]!;
      const keys: string[] = [];
      for (let i = run.length - n; i < run.length; i++) keys.push(run[i]!.key);
      hits.push({
        key: keys.join(' '),
        surface: text.slice(first.offset, end),
        n,
        offset: first.offset,
        length: end - first.offset,
      });
    }
  }
  return hits;
}
