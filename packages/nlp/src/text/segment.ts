import type { Episode } from '@podlens/parser';
import { indexTerms, type EpisodeTerms } from './index-terms.js';

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

/** Occurrence numbers of a segment's terms in its episode's `EpisodeTerms`; `undefined` for all of them. */
export type Selection = ArrayLike<number> | undefined;

/** The episode's terms and which of them a segment holds. */
export function segmentTerms(target: Target): { terms: EpisodeTerms; selection: Selection } {
  const segment = toSegment(target);
  const terms = indexTerms(segment.episode);
  const { start, end, speakerId } = segment;
  if (start === undefined && end === undefined && speakerId === undefined) return { terms, selection: undefined };
  const turns = segment.episode.turns;
  const selection: number[] = [];
  for (let i = 0; i < terms.count; i++) {
    const time = terms.time[i]!;
    if (start !== undefined && !(time >= start)) continue;
    if (end !== undefined && !(time < end)) continue;
    if (speakerId !== undefined && turns[terms.turn[i]!]?.speakerId !== speakerId) continue;
    selection.push(i);
  }
  return { terms, selection };
}
