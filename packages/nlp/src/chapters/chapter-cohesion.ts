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
  // The words in one flat list, stretch by stretch: arrays of arrays were half the time.
  const from = new Int32Array(positions.length + 1);
  for (let k = 0; k < positions.length; k++) from[k + 1] = from[k]! + (words[k]?.length ?? 0);
  const flat = new Int32Array(from[positions.length]!);
  for (let k = 0; k < positions.length; k++) flat.set(words[k] ?? [], from[k]!);
  const count = new Int32Array(vocabulary);
  const result: Float64Array[] = [new Float64Array(0)];
  for (let j = 1; j < positions.length; j++) {
    let first = j - 1;
    while (first > 0 && positions[j]! - positions[first - 1]! <= maxSpan) first--;
    const costs = new Float64Array(j - first);
    let s = 0;
    for (let i = j - 1; i >= first; i--) {
      for (let x = from[i]!; x < from[i + 1]!; x++) {
        const c = ++count[flat[x]!]!;
        s += c < STEPS ? step[c]! : c * Math.log(c + 1) - (c - 1) * Math.log(c);
      }
      const n = from[j]! - from[i]!;
      costs[j - 1 - i] = (n * Math.log(n + vocabulary) - s) / perChapter;
    }
    for (let x = from[first]!; x < from[j]!; x++) count[flat[x]!] = 0;
    result.push(costs);
  }
  return result;
}
