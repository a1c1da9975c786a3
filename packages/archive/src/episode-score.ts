/** BM25's constants, as FTS5's bm25() uses them. */
const K1 = 1.2;
const B = 0.75;

export interface EpisodeScoreInput {
  /** The episode's matching speech units. */
  hits: number;
  /** Words spoken in the episode, and on average per episode of the archive. */
  words: number;
  averageWords: number;
  /** Episodes in the archive, and how many of them match. */
  episodes: number;
  matching: number;
}

/**
 * An episode's BM25 for a search, the episode as the document and its matching units as the term frequency:
 * more hits score higher with diminishing returns, a long episode needs more hits for the same score, and a
 * query that few episodes match weighs more. Cheap from counts alone (no unit's own BM25 is computed).
 */
export function episodeScore({ hits, words, averageWords, episodes, matching }: EpisodeScoreInput): number {
  if (hits <= 0) return 0;
  const idf = Math.log(1 + (episodes - matching + 0.5) / (matching + 0.5));
  const length = averageWords > 0 ? words / averageWords : 1;
  return (idf * hits * (K1 + 1)) / (hits + K1 * (1 - B + B * length));
}
