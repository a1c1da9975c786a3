import type { Episode } from '@podlens/parser';
import { beginTermScan, scanTermIds, termEpoch, termKey } from './extract-terms.js';
import { stemWord } from './stem-word.js';
import { tokenize } from './tokenize.js';

export interface TermOccurrence {
  key: string;
  /** The words as written (read on demand). */
  readonly surface: string;
  n: number;
  /** Index of the turn in `episode.turns`. */
  turn: number;
  /** Index of the paragraph in the turn. */
  paragraph: number;
  /** UTF-16 offset in the paragraph's text. */
  offset: number;
  length: number;
  /** Estimated second of the episode where the term is said. */
  time: number;
}

/**
 * Every term said in an episode, kept as columns: occurrence `i` is the term `keys[term[i]]`, said in paragraph
 * `paragraph[i]` of turn `turn[i]` at `offset[i]`, around second `time[i]`. The columns are what the package's own
 * figures read (no object per occurrence); `occurrences` gives the same as objects, made on first use.
 */
export interface EpisodeTerms {
  /** The episode's distinct term keys, in order of first use; `term[i]` indexes them. */
  readonly keys: readonly string[];
  /** Words in each of `keys` (1 to 3). */
  readonly keyWords: readonly number[];
  /** Times each of `keys` is said in the whole episode. */
  readonly keyCounts: readonly number[];
  readonly count: number;
  readonly term: Int32Array;
  readonly turn: Int32Array;
  readonly paragraph: Int32Array;
  readonly offset: Int32Array;
  readonly length: Int32Array;
  readonly time: Float64Array;
  /** The words of occurrence `i` as written. */
  surface(i: number): string;
  /** Keys of the words of the speakers' names and aliases, to keep out of keywords. */
  readonly nameKeys: ReadonlySet<string>;
  /** The occurrences as objects. */
  readonly occurrences: TermOccurrence[];
}

const cache = new WeakMap<Episode, EpisodeTerms>();

/** Each episode's keys as interned term ids (`keys[k]` is `termKey(ids[k])`), in the tables' `epoch` they were read in. */
const numbered = new WeakMap<EpisodeTerms, { ids: Int32Array; epoch: number }>();

/** The interned term id of each of `terms.keys` and the epoch they belong to (see `termEpoch`); undefined for terms not made by `indexTerms`. */
export function termIdsOf(terms: EpisodeTerms): { ids: Int32Array; epoch: number } | undefined {
  return numbered.get(terms);
}

function nameKeysOf(episode: Episode): Set<string> {
  const names = [
    ...episode.speakers.flatMap((s) => [s.name, s.id, ...(s.aliases ?? [])]),
    ...(episode.meta.guestNames ?? []),
  ];
  const keys = new Set<string>();
  for (const name of names) {
    for (const token of tokenize(name ?? '')) {
      if (/^\p{Lu}/u.test(token.surface) || token.surface.length > 2) keys.add(stemWord(token.surface));
      keys.add(token.surface.toLowerCase());
    }
  }
  return keys;
}

/** The paragraphs of a turn, or the turn as one paragraph where it has none. */
function paragraphsOf(turn: Episode['turns'][number]): readonly { text: string; start: number; end: number }[] {
  return turn.paragraphs.length > 0 ? turn.paragraphs : [{ text: turn.text, start: turn.start, end: turn.end }];
}

/** Local numbers of interned term ids for the episode being read: `local[id]` is valid where `stamp[id]` is this run's. */
let local = new Int32Array(1 << 16);
let stamp = new Int32Array(1 << 16);
let run = 0;

/** Every term said in an episode, with where and when; computed once per episode object. */
export function indexTerms(episode: Episode): EpisodeTerms {
  const cached = cache.get(episode);
  if (cached) return cached;
  beginTermScan();
  const epoch = termEpoch();
  run++;
  const keys: string[] = [];
  const keyIds: number[] = [];
  const keyWords: number[] = [];
  const keyCounts: number[] = [];
  // Typed columns (the collector never walks them), grown by doubling from a guess of a term per 16 characters.
  let chars = 0;
  for (const turn of episode.turns) for (const p of paragraphsOf(turn)) chars += p.text.length;
  let capacity = Math.max(64, chars >> 4);
  let term = new Int32Array(capacity);
  let turnOf = new Int32Array(capacity);
  let paragraphOf = new Int32Array(capacity);
  let offsetOf = new Int32Array(capacity);
  let lengthOf = new Int32Array(capacity);
  let timeOf = new Float64Array(capacity);
  let count = 0;
  const grow = () => {
    capacity *= 2;
    const wider = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(capacity);
      b.set(a);
      return b;
    };
    [term, turnOf, paragraphOf, offsetOf, lengthOf] = [
      wider(term),
      wider(turnOf),
      wider(paragraphOf),
      wider(offsetOf),
      wider(lengthOf),
    ];
    timeOf = wider(timeOf);
  };
  const texts: string[][] = [];
  episode.turns.forEach((turn, t) => {
    const paragraphs = paragraphsOf(turn);
    texts.push(paragraphs.map((p) => p.text));
    paragraphs.forEach((p, i) => {
      const length = Math.max(1, p.text.length);
      const span = Math.max(0, p.end - p.start);
      scanTermIds(p.text, (id, n, offset, len) => {
        if (id >= stamp.length) {
          const size = Math.max(id + 1, stamp.length * 2);
          const [l, s] = [new Int32Array(size), new Int32Array(size)];
          l.set(local);
          s.set(stamp);
          [local, stamp] = [l, s];
        }
        let k: number;
        if (stamp[id] === run) k = local[id]!;
        else {
          k = keys.length;
          stamp[id] = run;
          local[id] = k;
          keys.push(termKey(id));
          keyIds.push(id);
          keyWords.push(n);
          keyCounts.push(0);
        }
        keyCounts[k]!++;
        if (count === capacity) grow();
        term[count] = k;
        turnOf[count] = t;
        paragraphOf[count] = i;
        offsetOf[count] = offset;
        lengthOf[count] = len;
        timeOf[count] = p.start + (span * offset) / length;
        count++;
      });
    });
  });
  [term, turnOf, paragraphOf, offsetOf, lengthOf] = [
    term.slice(0, count),
    turnOf.slice(0, count),
    paragraphOf.slice(0, count),
    offsetOf.slice(0, count),
    lengthOf.slice(0, count),
  ];
  timeOf = timeOf.slice(0, count);
  const surface = (i: number) => texts[turnOf[i]!]![paragraphOf[i]!]!.slice(offsetOf[i]!, offsetOf[i]! + lengthOf[i]!);
  let occurrences: TermOccurrence[] | undefined;
  const result: EpisodeTerms = {
    keys,
    keyWords,
    keyCounts,
    count,
    term,
    turn: turnOf,
    paragraph: paragraphOf,
    offset: offsetOf,
    length: lengthOf,
    time: timeOf,
    surface,
    nameKeys: nameKeysOf(episode),
    get occurrences() {
      occurrences ??= Array.from(term, (k, i) => ({
        key: keys[k]!,
        get surface() {
          return surface(i);
        },
        n: keyWords[k]!,
        turn: turnOf[i]!,
        paragraph: paragraphOf[i]!,
        offset: offsetOf[i]!,
        length: lengthOf[i]!,
        time: timeOf[i]!,
      }));
      return occurrences;
    },
  };
  cache.set(episode, result);
  numbered.set(result, { ids: Int32Array.from(keyIds), epoch });
  return result;
}

/** @deprecated Renamed `indexTerms` (it indexes the terms said; it does not analyze the episode). */
export const analyzeEpisode = indexTerms;
