import type { RawLine } from '../raw.js';
import { countWords } from '../text/count-words.js';
import { joinCueLines } from './cue-text.js';
import { countSpeakerPrefixes, splitCueSpeakers } from './cue-speakers.js';
import { shareCueTime } from './share-cue-time.js';

/** A speaker's part of one cue's text. */
export interface CuePart {
  label: string | undefined;
  text: string;
}

/** A caption cue as its reader found it: times (where valid), text and where it stands. */
export interface Cue {
  start?: number;
  end?: number;
  body: string;
  position: RawLine['position'];
}

/** The lines of one cue: its speakers' parts, sharing the cue's time in proportion to their words. */
export function cueLines(
  parts: CuePart[],
  start: number | undefined,
  end: number | undefined,
  position: RawLine['position'],
): RawLine[] {
  const times = shareCueTime(
    start,
    end,
    parts.map((p) => countWords(p.text)),
  );
  return parts.map((p, k) => ({
    kind: 'line',
    label: p.label,
    start: times[k]!.start,
    end: times[k]!.end,
    text: joinCueLines(p.text.trim()),
    position,
  }));
}

/**
 * The lines of cues whose speakers are `Name: ` prefixes (SRT, SBV): a prefix starts a speaker, carried to the
 * next cues until another starts; a cue where the speaker changes is split, each part timed by its words.
 */
export function labelledCueLines(cues: Cue[]): RawLine[] {
  const counts = countSpeakerPrefixes(cues.map((c) => c.body));
  const lines: RawLine[] = [];
  let label: string | undefined;
  for (const cue of cues) {
    const parts: CuePart[] = [];
    for (const part of splitCueSpeakers(cue.body, counts)) {
      if (part.labelled) label = part.label;
      if (part.text.trim() !== '') parts.push({ label, text: part.text });
    }
    lines.push(...cueLines(parts, cue.start, cue.end, cue.position));
  }
  return lines;
}
