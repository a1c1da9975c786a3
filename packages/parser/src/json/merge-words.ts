import type { SpeechUnit } from './speech-units.js';

/** A word (or punctuation mark) with its times in seconds. */
export interface TimedWord {
  text: string;
  start?: number;
  end?: number;
  speaker?: string;
  /** Punctuation that joins the word before it without a space. */
  attach?: boolean;
}

/** A pause this long (seconds) between two words of one speaker ends a unit: the silence is nobody's talk. */
export const UNIT_GAP_SECONDS = 1;

/** Merges word-level input into speech units: a new unit where the speaker changes or after a pause. */
export function mergeWords(words: TimedWord[], gap = UNIT_GAP_SECONDS): SpeechUnit[] {
  const units: SpeechUnit[] = [];
  let cur: SpeechUnit | undefined;
  for (const w of words) {
    const text = w.text.trim();
    if (text === '') continue;
    const attach = w.attach ?? /^[,.;:!?%)\]}…]+$/.test(text);
    const pause = cur?.end !== undefined && w.start !== undefined && w.start - cur.end >= gap;
    const speakerChange = w.speaker !== undefined && cur !== undefined && w.speaker !== cur.speaker;
    if (!cur || (!attach && (pause || speakerChange))) {
      cur = {
        text,
        ...(w.speaker !== undefined ? { speaker: w.speaker } : cur && !speakerChange ? { speaker: cur.speaker } : {}),
      };
      if (w.start !== undefined) cur.start = w.start;
      if (w.end !== undefined) cur.end = w.end;
      if (cur.speaker === undefined) delete cur.speaker;
      units.push(cur);
      continue;
    }
    cur.text += attach ? text : ` ${text}`;
    if (cur.start === undefined && w.start !== undefined) cur.start = w.start;
    if (w.end !== undefined && (cur.end === undefined || w.end > cur.end)) cur.end = w.end;
  }
  return units;
}
