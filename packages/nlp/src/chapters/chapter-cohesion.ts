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

const cLogC = (c: number) => c * Math.log(c + 1);

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
  const count = new Int32Array(vocabulary);
  const result: Float64Array[] = [new Float64Array(0)];
  for (let j = 1; j < positions.length; j++) {
    const costs: number[] = [];
    let n = 0;
    let s = 0;
    let i = j - 1;
    for (; i >= 0 && positions[j]! - positions[i]! <= maxSpan; i--) {
      for (const id of words[i] ?? []) {
        const c = count[id]!;
        s += cLogC(c + 1) - cLogC(c);
        count[id] = c + 1;
        n++;
      }
      costs.push((n * Math.log(n + vocabulary) - s) / perChapter);
    }
    for (let h = j - 1; h > i; h--) for (const id of words[h] ?? []) count[id] = 0;
    result.push(Float64Array.from(costs));
  }
  return result;
}
