import type { Episode } from '@podlens/parser';
import { indexTerms } from '../text/index-terms.js';

export interface EpisodeSegment {
  start: number;
  end: number;
  /** Times each term key is said in the segment (single words and two-word phrases, no speakers' names). */
  counts: Map<string, number>;
  /** Term occurrences counted, the segment's weight. */
  words: number;
}

export interface EpisodeSegmentsOptions {
  /** Collects up to 20 written forms of each key (for labels). */
  surfaces?: Map<string, string[]>;
  /** Only terms said from `start` (seconds), before `end`, by `speakerId`. */
  start?: number;
  end?: number;
  speakerId?: string;
}

/** An episode cut into the segments that discovered topics read: its chapters where it has two or more, else windows of `windowSeconds`. */
export function episodeSegments(
  episode: Episode,
  windowSeconds: number,
  options: EpisodeSegmentsOptions = {},
): EpisodeSegment[] {
  const { surfaces, start, end, speakerId } = options;
  const duration = Math.max(episode.durationSeconds || 0, episode.turns.at(-1)?.end ?? 0);
  const chapterStarts =
    episode.chapters.length >= 2 ? [...new Set(episode.chapters.map((c) => c.start))].sort((a, b) => a - b) : [];
  if (chapterStarts.length) chapterStarts[0] = Math.min(chapterStarts[0]!, 0);
  const starts = chapterStarts.length
    ? chapterStarts
    : Array.from({ length: Math.max(1, Math.ceil(duration / windowSeconds)) }, (_, i) => i * windowSeconds);
  const segments: EpisodeSegment[] = starts.map((from, i) => ({
    start: from,
    end: starts[i + 1] ?? Math.max(duration, from),
    counts: new Map(),
    words: 0,
  }));
  const terms = indexTerms(episode);
  // Whether each of the episode's keys is counted: one or two words, none of them a speaker's name.
  const usable = terms.keys.map(
    (key, k) => terms.keyWords[k]! <= 2 && !key.split(' ').some((w) => terms.nameKeys.has(w)),
  );
  let s = 0;
  for (let i = 0; i < terms.count; i++) {
    const k = terms.term[i]!;
    if (!usable[k]) continue;
    const time = terms.time[i]!;
    if ((start !== undefined && !(time >= start)) || (end !== undefined && !(time < end))) continue;
    if (speakerId !== undefined && episode.turns[terms.turn[i]!]?.speakerId !== speakerId) continue;
    // Occurrences are in turn order, which is nearly time order; look back too for the odd earlier timestamp.
    while (s + 1 < starts.length && starts[s + 1]! <= time) s++;
    while (s > 0 && starts[s]! > time) s--;
    const segment = segments[s]!;
    const key = terms.keys[k]!;
    segment.counts.set(key, (segment.counts.get(key) ?? 0) + 1);
    segment.words++;
    if (surfaces) {
      const list = surfaces.get(key);
      if (!list) surfaces.set(key, [terms.surface(i)]);
      else if (list.length < 20) list.push(terms.surface(i));
    }
  }
  return segments;
}
