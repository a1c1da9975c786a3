export interface SegmentationErrorOptions {
  /** Where the reference segments start (seconds, the first one at 0 may be left out). */
  reference: readonly number[];
  hypothesis: readonly number[];
  duration: number;
  /** Window in seconds; default half the mean reference segment length. */
  k?: number;
}

function segmentIds(boundaries: readonly number[], duration: number): Int32Array {
  const sorted = [...boundaries].filter((b) => b > 0 && b < duration).sort((a, b) => a - b);
  const ids = new Int32Array(Math.floor(duration) + 1);
  let j = 0;
  for (let t = 0; t < ids.length; t++) {
    while (j < sorted.length && sorted[j]! <= t) j++;
    ids[t] = j;
  }
  return ids;
}

function windowK(options: SegmentationErrorOptions): number {
  const segments = options.reference.filter((b) => b > 0 && b < options.duration).length + 1;
  return options.k ?? Math.max(1, Math.round(options.duration / segments / 2));
}

/** Pk (Beeferman et al.) on a one-second grid: how often a window's ends are wrongly judged in the same segment or not. */
export function pk(options: SegmentationErrorOptions): number {
  const r = segmentIds(options.reference, options.duration);
  const h = segmentIds(options.hypothesis, options.duration);
  const k = windowK(options);
  let errors = 0;
  let n = 0;
  for (let i = 0; i + k < r.length; i++, n++) if ((r[i] === r[i + k]) !== (h[i] === h[i + k])) errors++;
  return n ? errors / n : 0;
}

/** WindowDiff (Pevzner and Hearst) on a one-second grid: how often a window holds a different number of boundaries. */
export function windowDiff(options: SegmentationErrorOptions): number {
  const r = segmentIds(options.reference, options.duration);
  const h = segmentIds(options.hypothesis, options.duration);
  const k = windowK(options);
  let errors = 0;
  let n = 0;
  for (let i = 0; i + k < r.length; i++, n++) if (r[i + k]! - r[i]! !== h[i + k]! - h[i]!) errors++;
  return n ? errors / n : 0;
}
