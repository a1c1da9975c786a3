import type { Episode } from '@podlens/parser';
import { episodeSegments } from './episode-segments.js';

/**
 * What `discoverTopics` reads of one episode: its segments' term counts and the written forms of its terms. Plain
 * data that survives `postMessage`, so that worker threads send this instead of the episode.
 */
export interface TopicDocument {
  windowSeconds: number;
  /** The segments with any terms, in time order. */
  segments: { start: number; end: number; counts: Map<string, number> }[];
  /** Up to 20 written forms of each term key, in the order said. */
  surfaces: Map<string, string[]>;
}

/** An episode cut into the segments `discoverTopics` clusters: its chapters where it has two or more, else windows of `windowSeconds` (default 300 s). */
export function topicDocument(
  episode: Episode,
  { windowSeconds = 300 }: { windowSeconds?: number } = {},
): TopicDocument {
  if (!(windowSeconds > 0))
    throw new TypeError(`topicDocument: windowSeconds must be positive, got ${String(windowSeconds)}`);
  const surfaces = new Map<string, string[]>();
  const segments = episodeSegments(episode, windowSeconds, { surfaces })
    .filter((s) => s.counts.size > 0)
    .map(({ start, end, counts }) => ({ start, end, counts }));
  return { windowSeconds, segments, surfaces };
}
