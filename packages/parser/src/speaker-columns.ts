import type { EpisodeSummary } from './summarize-episode.js';
import type { CsvValue } from './text/csv.js';

/** One speaker of the summary contract. */
export type SpeakerSummary = EpisodeSummary['speakers'][number];

/**
 * The columns a table or CSV file of speakers shows after each speaker's name, in order: one list for the CLI's
 * CSV, the dashboard's talk-time download and whatever else lays speakers out in columns.
 */
export const speakerColumns = [
  'role',
  'talkSeconds',
  'talkShare',
  'words',
  'turns',
  'longestMonologueSeconds',
  'questions',
  'wordsPerMinute',
] as const satisfies readonly (keyof SpeakerSummary)[];

/** A speaker's values of `speakerColumns`, in the same order. */
export function speakerCells(speaker: SpeakerSummary): CsvValue[] {
  return speakerColumns.map((column) => speaker[column]);
}
