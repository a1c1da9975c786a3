import type { ChapterCandidate } from './chapter-features.js';

export interface PlaceStartsOptions {
  /**
   * A start at a guest's turn or inside a turn moves to the nearest start of a host's question within this many
   * seconds (either side); 0: none moves.
   */
  snap: number;
  /**
   * A start at a host's turn of at most this many words moves to the guest's answer that follows it (the next
   * guest's turn start, within `answerSeconds`): a short question ("And the team?") often sits before the
   * heading rather than after it; 0: none moves.
   */
  answerWords: number;
  /** How far after a short host's turn its answer may begin, in seconds; default 60. */
  answerSeconds?: number;
}

/**
 * Moves chosen chapter starts (seconds, in order, the first kept where it is) onto the turn starts that open
 * chapters in interviews: the host's question near a start that fell inside the talk, or the answer after a
 * host's turn too short to introduce a subject. A start moves only where it stays between its neighbours.
 * `candidates` are `ChapterFeatures.candidates` (in time order).
 */
export function placeStarts(
  starts: readonly number[],
  candidates: readonly ChapterCandidate[],
  options: PlaceStartsOptions,
): number[] {
  const { snap, answerWords, answerSeconds = 60 } = options;
  if ((snap <= 0 && answerWords <= 0) || starts.length < 2) return [...starts];
  const placed = [...starts];
  let c = 0;
  for (let s = 1; s < placed.length; s++) {
    const start = starts[s]!;
    while (c < candidates.length && candidates[c]!.start < start) c++;
    const at = candidates[c];
    if (!at || at.start !== start) continue;
    const low = placed[s - 1]!;
    const high = starts[s + 1] ?? Infinity;
    let to = start;
    if (at.first && at.host) {
      if (answerWords > 0 && at.words <= answerWords) {
        for (let n = c + 1; n < candidates.length; n++) {
          const next = candidates[n]!;
          if (next.start - start > answerSeconds || next.start >= high) break;
          if (next.first && next.host) break;
          if (next.first) {
            to = next.start;
            break;
          }
        }
      }
    } else if (snap > 0) {
      let best = Infinity;
      for (let n = c - 1; n >= 0 && start - candidates[n]!.start <= snap; n--)
        if (isQuestion(candidates[n]!) && candidates[n]!.start > low) {
          best = start - candidates[n]!.start;
          to = candidates[n]!.start;
          break;
        }
      for (let n = c + 1; n < candidates.length && candidates[n]!.start - start < Math.min(best, snap + 1e-9); n++)
        if (isQuestion(candidates[n]!) && candidates[n]!.start < high) {
          to = candidates[n]!.start;
          break;
        }
    }
    placed[s] = to;
  }
  return placed;
}

const isQuestion = (c: ChapterCandidate) => c.first && c.host && c.question;
