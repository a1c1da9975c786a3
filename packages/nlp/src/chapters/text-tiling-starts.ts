import type { ChapterFeatures } from './chapter-features.js';

/**
 * The TextTiling-like baseline (Hearst 1997) over an episode's boundary features: a chapter begins at each
 * paragraph start whose depth score is a local peak above the mean depth less half a standard deviation;
 * vocabulary alone, no speakers, no target length.
 */
export function textTilingStarts(features: ChapterFeatures): number[] {
  if (features.duration <= 0) return [];
  const depths = features.candidates.map((c) => c.depth);
  const n = depths.length;
  const mean = depths.reduce((a, b) => a + b, 0) / Math.max(1, n);
  const sd = Math.sqrt(depths.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n));
  const starts = [0];
  for (let i = 0; i < n; i++) {
    const d = depths[i]!;
    if (d <= mean - sd / 2 || (i > 0 && d < depths[i - 1]!) || (i + 1 < n && d < depths[i + 1]!)) continue;
    const start = features.candidates[i]!.start;
    if (start > starts.at(-1)!) starts.push(start);
  }
  return starts;
}
