import { scanWords } from './scan-words.js';
import { stemWord } from './stem-word.js';
import { stopWords } from './stop-words.js';
import { hasBreak, stageDirection } from './tokenize.js';
import { PairTable } from './pair-table.js';
import { WordTable } from './word-table.js';

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

/**
 * Term keys are interned: each key is one string object, made once, so hashing it is free after the first
 * time, and phrases are looked up by their words' numbers instead of by building `a b c` strings per hit.
 * The tables are dropped and begun again when they grow past `LIMIT` entries; keys already handed out stay valid.
 */
const LIMIT = 600_000;
let keyOf: string[] = [''];
let idOfKey = new Map<string, number>();
let wordId = new WordTable();
let pairId = new PairTable();
let tripleId = new PairTable();
/** How many times the tables were begun again: an id means the same key only within one epoch. */
let epoch = 0;

function intern(key: string): number {
  let id = idOfKey.get(key);
  if (id === undefined) {
    id = keyOf.length;
    keyOf.push(key);
    idOfKey.set(key, id);
  }
  return id;
}

function resetIfFull(): void {
  if (keyOf.length + wordId.size < LIMIT) return;
  keyOf = [''];
  idOfKey = new Map();
  wordId = new WordTable();
  pairId = new PairTable();
  tripleId = new PairTable();
  epoch++;
}

/** The number of the stem key of the content word `text[start, end)`, or 0 for a stop word, filler or number. */
function contentId(text: string, start: number, end: number, hash: number): number {
  let id = wordId.get(text, start, end, hash);
  if (id < 0) {
    const raw = text.slice(start, end);
    const surface = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
    id =
      surface.length >= 2 && letter.test(surface) && !stopWords.has(surface.toLowerCase())
        ? intern(stemWord(surface))
        : 0;
    wordId.add(text, start, end, id, hash);
  }
  return id;
}

function phraseId(table: PairTable, prefix: number, last: number): number {
  let id = table.get(prefix, last);
  if (id < 0) {
    id = intern(`${keyOf[prefix]!} ${keyOf[last]!}`);
    table.add(prefix, last, id);
  }
  return id;
}

/** Makes room in the interning tables if they are full; ids handed out before stay meaningful only until then. */
export function beginTermScan(): void {
  resetIfFull();
}

/** The tables' epoch: ids handed out in one epoch name the same keys while it lasts (see `beginTermScan`). */
export function termEpoch(): number {
  return epoch;
}

/** The key of an interned term id. */
export function termKey(id: number): string {
  return keyOf[id]!;
}

/**
 * Calls `onHit(id, n, offset, length)` for each term of a text, with the term's interned id (see `termKey`);
 * ids stay stable between calls until `beginTermScan` finds the tables full.
 */
export function scanTermIds(
  text: string,
  onHit: (id: number, n: number, offset: number, length: number) => void,
): void {
  const clean = text.includes('[') ? text.replace(stageDirection, (m) => ' '.repeat(m.length - 1) + '.') : text;
  // The last two content words (their numbers, and where they start) and the pair they make; -1: none since a break.
  let id1 = 0;
  let o1 = -1;
  let o2 = -1;
  let pair = 0;
  let last = 0;
  let first = true;
  scanWords(clean, (offset, end, hash) => {
    const breakBefore = first || hasBreak(clean, last, offset);
    first = false;
    last = end;
    const id = contentId(clean, offset, end, hash);
    if (breakBefore || id === 0) {
      o1 = -1;
      o2 = -1;
    }
    if (id === 0) return;
    onHit(id, 1, offset, end - offset);
    let nextPair = 0;
    if (o1 >= 0) {
      nextPair = phraseId(pairId, id1, id);
      onHit(nextPair, 2, o1, end - o1);
      if (o2 >= 0) onHit(phraseId(tripleId, pair, id), 3, o2, end - o2);
    }
    pair = nextPair;
    o2 = o1;
    id1 = id;
    o1 = offset;
  });
}

/** Calls `onHit(key, n, offset, length)` for each term of a text; no objects made per hit. */
export function scanTerms(text: string, onHit: (key: string, n: number, offset: number, length: number) => void): void {
  resetIfFull();
  scanTermIds(text, (id, n, offset, length) => onHit(keyOf[id]!, n, offset, length));
}

/** Content words of a text, and the runs of two and three adjacent content words in one clause. */
export function extractTerms(text: string): TermHit[] {
  const hits: TermHit[] = [];
  scanTerms(text, (key, n, offset, length) => {
    hits.push({ key, surface: text.slice(offset, offset + length), n, offset, length });
  });
  return hits;
}
