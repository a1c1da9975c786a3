import type { Episode } from '@podlens/parser';
import { indexTerms } from '../text/index-terms.js';

/** How many episodes of a corpus say each term; plain data that survives JSON. */
export interface CorpusStats {
  documents: number;
  documentFrequency: Record<string, number>;
}

export function buildCorpusStats(episodes: readonly Episode[]): CorpusStats {
  if (!Array.isArray(episodes)) throw new TypeError('buildCorpusStats: expected an array of episodes');
  // A prototype-less object: grows faster than a Map converted at the end, and no key meets an inherited one.
  const df: Record<string, number> = Object.create(null);
  for (const episode of episodes) for (const key of indexTerms(episode).keys) df[key] = (df[key] ?? 0) + 1;
  return { documents: episodes.length, documentFrequency: df };
}
