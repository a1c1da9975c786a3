import type { Episode } from '@podlens/parser';
import { episodeSegments } from './episode-segments.js';

/**
 * What `discoverTopics` reads of one episode: its segments' term counts and the written forms of its terms. Plain
 * data that survives `postMessage` cheaply (a few arrays, no maps), so that worker threads send this instead of the
 * episode.
 */
export interface TopicDocument {
  windowSeconds: number;
  /** The term keys said in the segments, each once, in order of first use. */
  terms: string[];
  /** Up to 20 written forms of each of `terms`, in the order said. */
  surfaces: string[][];
  /** The segments with any terms, in time order: the terms said (indices in `terms`, in order of first use) and how often. */
  segments: { start: number; end: number; terms: Int32Array; counts: Int32Array }[];
}

/** An episode cut into the segments `discoverTopics` clusters: its chapters where it has two or more, else windows of `windowSeconds` (default 300 s). */
export function topicDocument(
  episode: Episode,
  { windowSeconds = 300 }: { windowSeconds?: number } = {},
): TopicDocument {
  if (!(windowSeconds > 0))
    throw new TypeError(`topicDocument: windowSeconds must be positive, got ${String(windowSeconds)}`);
  const forms = new Map<string, string[]>();
  const index = new Map<string, number>();
  const terms: string[] = [];
  const segments = episodeSegments(episode, windowSeconds, { surfaces: forms })
    .filter((s) => s.counts.size > 0)
    .map(({ start, end, counts }) => {
      const said = new Int32Array(counts.size);
      const times = new Int32Array(counts.size);
      let i = 0;
      for (const [key, count] of counts) {
        let t = index.get(key);
        if (t === undefined) index.set(key, (t = terms.push(key) - 1));
        said[i] = t;
        times[i++] = count;
      }
      return { start, end, terms: said, counts: times };
    });
  return { windowSeconds, terms, surfaces: terms.map((key) => forms.get(key) ?? []), segments };
}
