/**
 * The turn that holds second `t`: the last one starting at or before it (a turn holds the time from its start
 * to the next turn's start, so a pause belongs to the turn before it); the first turn for a time before any, -1
 * when there are no turns.
 */
export function turnAtTime(turns: { start: number }[], t: number): number {
  if (turns.length === 0) return -1;
  let index = 0;
  for (let i = 0; i < turns.length; i++) if (turns[i]!.start <= t) index = i;
  return index;
}
