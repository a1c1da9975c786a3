import { toCsv } from '../csv.js';
import type { SpeakerSummary } from '../types.js';

/** The talk-time chart's data: a row per speaker with every figure of the summary contract. */
export function speakersCsv(speakers: SpeakerSummary[]): string {
  return toCsv(
    [
      'name',
      'role',
      'talkSeconds',
      'talkShare',
      'words',
      'turns',
      'longestMonologueSeconds',
      'questions',
      'wordsPerMinute',
    ],
    speakers.map((x) => [
      x.name,
      x.role,
      x.talkSeconds,
      x.talkShare,
      x.words,
      x.turns,
      x.longestMonologueSeconds,
      x.questions,
      x.wordsPerMinute,
    ]),
  );
}
