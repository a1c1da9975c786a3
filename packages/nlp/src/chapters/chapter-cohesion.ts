export interface ChapterCohesionOptions {
  /** Where chapters may begin and end, in time order: 0, the candidate starts, the duration. */
  positions: readonly number[];
  /** The words (small integers below `vocabulary`) said from each position to the next. */
  words: readonly (readonly number[])[];
  vocabulary: number;
  /** Words of an average chapter: the costs are divided by it, so that one weight fits slow and fast talk. */
  perChapter: number;
  /** The longest chapter costed, in seconds. */
  maxSpan: number;
}

/** `c log(c + 1) - (c - 1) log c`: what one more occurrence of a word said c - 1 times adds; logarithms were most of the time. */
const STEPS = 4096;
const step = new Float64Array(STEPS);
for (let c = 1; c < STEPS; c++) step[c] = c * Math.log(c + 1) - (c - 1) * Math.log(c);

/**
 * The lexical cost of every possible chapter (Utiyama and Isahara 2001): the code length, in nats, of its words
 * under its own Laplace-smoothed word distribution, `n log(n + V) - sum c log(c + 1)`, divided by `perChapter`.
 * A chapter that keeps to one vocabulary costs less than one that mixes two. `result[j][j - 1 - i]` is the cost of
 * the chapter from `positions[i]` to `positions[j]`, for the chapters of up to `maxSpan` seconds; each is counted
 * extending the chapter back one stretch at a time.
 */
export function chapterCohesion(options: ChapterCohesionOptions): Float64Array[] {
  const { positions, words, vocabulary, maxSpan } = options;
  const perChapter = Math.max(1, options.perChapter);
  // A word said in one stretch only adds the same to every chapter holding that stretch: its part is summed once
  // per stretch (`local`, as prefix sums) and only the words of several stretches are counted chapter by chapter.
  const home = new Int32Array(vocabulary).fill(-1);
  for (let k = 0; k < positions.length; k++)
    for (const id of words[k] ?? []) home[id] = home[id] === -1 || home[id] === k ? k : -2;
  const count = new Int32Array(vocabulary);
  const local = new Float64Array(positions.length + 1);
  const size = new Int32Array(positions.length + 1);
  const from = new Int32Array(positions.length + 1);
  for (let k = 0; k < positions.length; k++) {
    let shared = 0;
    let own = 0;
    for (const id of words[k] ?? []) {
      if (home[id] === -2) shared++;
      else own += step[++count[id]!] ?? cLogCStep(count[id]!);
    }
    for (const id of words[k] ?? []) count[id] = 0;
    local[k + 1] = local[k]! + own;
    size[k + 1] = size[k]! + (words[k]?.length ?? 0);
    from[k + 1] = from[k]! + shared;
  }
  // The words of several stretches in one flat list, stretch by stretch: arrays of arrays were half the time.
  const flat = new Int32Array(from[positions.length]!);
  for (let k = 0, x = 0; k < positions.length; k++)
    for (const id of words[k] ?? []) if (home[id] === -2) flat[x++] = id;
  const result: Float64Array[] = [new Float64Array(0)];
  for (let j = 1; j < positions.length; j++) {
    let first = j - 1;
    while (first > 0 && positions[j]! - positions[first - 1]! <= maxSpan) first--;
    const costs = new Float64Array(j - first);
    let s = 0;
    for (let i = j - 1; i >= first; i--) {
      for (let x = from[i]!; x < from[i + 1]!; x++) {
        const c = ++count[flat[x]!]!;
        s += c < STEPS ? step[c]! : cLogCStep(c);
      }
      const n = size[j]! - size[i]!;
      costs[j - 1 - i] = (n * Math.log(n + vocabulary) - s - (local[j]! - local[i]!)) / perChapter;
    }
    for (let x = from[first]!; x < from[j]!; x++) count[flat[x]!] = 0;
    result.push(costs);
  }
  return result;
}

function cLogCStep(c: number): number {
  return c * Math.log(c + 1) - (c - 1) * Math.log(c);
}
