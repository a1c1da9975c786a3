import type { Episode } from '@podlens/parser';
import { analyzeEpisode } from '../text/analyze-episode.js';

/** How many episodes of a corpus say each term; plain data that survives JSON. */
export interface CorpusStats {
  documents: number;
  documentFrequency: Record<string, number>;
}

export function buildCorpusStats(episodes: readonly Episode[]): CorpusStats {
  if (!Array.isArray(episodes)) throw new TypeError('buildCorpusStats: expected an array of episodes');
  const df = new Map<string, number>();
  for (const episode of episodes) {
    const seen = new Set<string>();
    for (const o of analyzeEpisode(episode).occurrences) seen.add(o.key);
    for (const key of seen) df.set(key, (df.get(key) ?? 0) + 1);
  }
  return { documents: episodes.length, documentFrequency: Object.fromEntries(df) };
}
