import { speakerCells, speakerColumns } from '@podlens/parser';
import { toCsv } from '../csv.js';
import type { SpeakerSummary } from '../types.js';

/** The talk-time chart's data: a row per speaker with every figure of the summary contract (the parser's columns). */
export function speakersCsv(speakers: SpeakerSummary[]): string {
  return toCsv(
    ['name', ...speakerColumns],
    speakers.map((x) => [x.name, ...speakerCells(x)]),
  );
}
