import { toCsv } from '../csv.js';

/** The turn track's data: a row per turn, its speaker, start and end in seconds. */
export function turnsCsv(turns: { speaker: string; start: number; end: number }[]): string {
  return toCsv(
    ['speaker', 'start', 'end'],
    turns.map((t) => [t.speaker, t.start, t.end]),
  );
}
