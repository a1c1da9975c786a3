import { isNameShaped, LONG_NAME } from '../labels/name-shape.js';
import { isPlaceholderLabel } from '../labels/label-rules.js';
import { splitSpeakerPrefix } from './cue-text.js';

export interface CuePart {
  /** True where the part opens with a speaker label (`label` is undefined for a placeholder like `Speaker:`). */
  labelled: boolean;
  label?: string;
  text: string;
}

/** How often each `Name:` prefix opens a line of the cues' text (markup stripped). */
export function countSpeakerPrefixes(bodies: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const body of bodies)
    for (const line of body.split('\n')) {
      const raw = prefixOf(line);
      if (raw !== undefined) counts.set(raw, (counts.get(raw) ?? 0) + 1);
    }
  return counts;
}

function prefixOf(line: string): string | undefined {
  const s = splitSpeakerPrefix(line);
  if (s.text === line) return undefined;
  const t = line.trimStart();
  return t.slice(0, t.indexOf(':')).replace(/^-\s*/, '').trim();
}

/**
 * A prefix is a speaker when it is written like a name (capitalised, short: `Maria Lopez:`), or when the file uses
 * it as a label again and again (of two words at most, or a long name capitalised throughout); "Here is the thing: ..." once is a sentence. A label opening a later line of a
 * cue must also be used elsewhere: there it splits the cue between two speakers.
 */
function accepted(raw: string, counts: Map<string, number>, first: boolean): boolean {
  if (isPlaceholderLabel(raw)) return first;
  const n = counts.get(raw) ?? 0;
  const shaped = isNameShaped(raw);
  if (first) return shaped || (n >= 3 && (raw.split(/\s+/).length <= 2 || isNameShaped(raw, LONG_NAME)));
  return shaped && n >= 2;
}

/** A cue's text (markup stripped) as the parts of each speaker in it, in order. */
export function splitCueSpeakers(body: string, counts: Map<string, number>): CuePart[] {
  const parts: CuePart[] = [];
  let cur: CuePart | undefined;
  body.split('\n').forEach((line, i) => {
    const raw = prefixOf(line);
    if (raw !== undefined && accepted(raw, counts, i === 0 || cur === undefined || cur.text.trim() === '')) {
      const s = splitSpeakerPrefix(line);
      cur = { labelled: true, text: s.text };
      if (s.label !== undefined) cur.label = s.label;
      parts.push(cur);
      return;
    }
    if (!cur) {
      cur = { labelled: false, text: line };
      parts.push(cur);
    } else cur.text += `\n${line}`;
  });
  return parts.filter((p) => p.text.trim() !== '' || p.labelled);
}
