import type { CorpusStats } from './build-corpus-stats.js';
import { backgroundDocumentFrequency } from './background.js';

/**
 * Smoothed IDF of a term key. Without corpus statistics a built-in background model stands in:
 * a short list of words common to any conversation about work and data.
 */
export function inverseDocumentFrequency(key: string, stats?: CorpusStats): number {
  if (stats && stats.documents > 0) {
    // Statistics read back from JSON have Object's prototype: `constructor` is a word, not a count.
    const found = stats.documentFrequency[key];
    const df = typeof found === 'number' ? found : 0;
    return Math.log((stats.documents + 1) / (df + 1)) + 1;
  }
  const share = backgroundDocumentFrequency(key);
  return Math.log(1 / (share + 0.02)) + 1;
}
