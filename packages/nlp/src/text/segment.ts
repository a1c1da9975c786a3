import type { Episode } from '@podlens/parser';
import { analyzeEpisode, type TermOccurrence } from './analyze-episode.js';

/** A part of an episode: a time window, a chapter, a speaker, or all of it. */
export interface Segment {
  episode: Episode;
  /** Seconds; the window is `[start, end)`. */
  start?: number;
  end?: number;
  speakerId?: string;
}

export type Target = Episode | Segment;

export function toSegment(target: Target): Segment {
  return 'episode' in target && !('turns' in target) ? target : { episode: target as Episode };
}

/** The term occurrences of a segment. */
export function segmentOccurrences(target: Target): TermOccurrence[] {
  const segment = toSegment(target);
  const { occurrences } = analyzeEpisode(segment.episode);
  const { start, end, speakerId } = segment;
  if (start === undefined && end === undefined && speakerId === undefined) return occurrences;
  const turns = segment.episode.turns;
  return occurrences.filter(
    (o) =>
      (start === undefined || o.time >= start) &&
      (end === undefined || o.time < end) &&
      (speakerId === undefined || turns[o.turn]?.speakerId === speakerId),
  );
}
