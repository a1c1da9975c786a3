import { isGenericLabel } from '../labels/generic-label.js';
import { isNameShaped } from '../labels/name-shape.js';
import { parseTimestamp } from '../text/parse-timestamp.js';

const T = String.raw`\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?|\d{1,6}(?:\.\d{1,3})?s`;
const STAMP_BEFORE = new RegExp(String.raw`^(?:\[(${T})\]|\((${T})\)|(${T})(?=\s))\s*(?:[-–—|]\s*)?`);
const STAMP_AFTER = new RegExp(String.raw`^[\[(](${T})[\])]\s*(?:[-–—|]\s*)?:?\s*`);
/** `[Speaker 1 00:05]`, `[Maria Lopez - 00:01:02]`. */
const BRACKET = new RegExp(String.raw`^\[([^\[\]\n]{1,40}?)\s*[-–—,|]?\s*(${T})\]\s*:?\s*`);
/** A line that is only a stamp and text: `[12.3s] text`, `(00:12) text`, `00:12 - text`. */
const STAMPED = new RegExp(String.raw`^(?:\[(${T})\]|\((${T})\)|(${T})(?=\s))\s*(?:[-–—|]\s*)?`);

/** Seconds from `hh:mm:ss(.mmm)`, `m:ss` or `12.3s`. */
export function stampSeconds(stamp: string): number | undefined {
  if (/s$/.test(stamp)) {
    const n = Number(stamp.slice(0, -1));
    return Number.isFinite(n) ? n : undefined;
  }
  return parseTimestamp(stamp);
}

export interface Head {
  label: string;
  stamp?: number;
  /** The text after the label on the same line; `''` for a header line. */
  text: string;
  /** Written in a layout plain text does not use: bold, a heading, a stamp after the name, `[Name 00:05]`. */
  rich: boolean;
}

/** Leading list, quote and heading marks of a Markdown line, and whether it was a heading. */
function unmark(line: string): { s: string; heading: boolean } {
  let s = line.trimStart();
  let heading = false;
  const h = /^#{1,6}\s+/.exec(s);
  if (h) {
    heading = true;
    s = s.slice(h[0].length);
  } else s = s.replace(/^(?:>\s*)+/, '').replace(/^[-*+]\s+/, '');
  return { s, heading };
}

/**
 * The speaker part at the start of a transcript line, in the layouts tools write: `Name: text`,
 * `**Name:** text`, `**Name** [00:01:02] text`, `**[00:01] SPEAKER_00:** text`, `[00:01] Name: text`,
 * `Name (00:01): text`, `[Speaker 1 00:05] text`, or a header line alone (`**Name**`, `### Name`, `SPEAKER_00`).
 * Labels must be written like names (see isNameShaped).
 */
export function matchHead(line: string): Head | undefined {
  const { s: marked, heading } = unmark(line);
  // Bold marks are dropped from the head only (the first 120 characters).
  const headPart = marked.slice(0, 120);
  const bold = /\*\*|__/.test(headPart);
  let s = (bold ? headPart.replace(/\*\*|__/g, '') : headPart) + marked.slice(120);
  let stamp: number | undefined;
  const b = BRACKET.exec(s);
  if (b && isNameShaped(b[1]!) && !/^\d/.test(b[1]!)) {
    return { label: b[1]!.trim(), stamp: stampSeconds(b[2]!), text: s.slice(b[0].length).trim(), rich: true };
  }
  const before = STAMP_BEFORE.exec(s);
  if (before) {
    stamp = stampSeconds(before[1] ?? before[2] ?? before[3]!);
    s = s.slice(before[0].length);
  }
  let i = 0;
  const limit = Math.min(s.length, 60);
  while (i < limit && s[i] !== ':' && s[i] !== '[' && s[i] !== '(') i++;
  const label = s.slice(0, i).trim();
  if (label === '' || /^\d/.test(label) || !isNameShaped(label)) return undefined;
  const c = s[i];
  if (c === ':') {
    const after = s[i + 1];
    if (after !== undefined && !/\s/.test(after)) return undefined;
    return { label, stamp, text: s.slice(i + 1).trim(), rich: bold || heading };
  }
  if (c === '[' || c === '(') {
    const a = STAMP_AFTER.exec(s.slice(i));
    if (!a) return undefined;
    return { label, stamp: stamp ?? stampSeconds(a[1]!), text: s.slice(i + a[0].length).trim(), rich: true };
  }
  // No colon, no stamp: only a header line that says it is one (bold, a heading) or a diarizer label.
  if (i === s.length && label.length <= 40 && (bold || heading || isGenericLabel(label)) && stamp === undefined)
    return { label, text: '', rich: bold || heading };
  return undefined;
}

/** `[12.3s] text`, `(00:12) text`: a stamp opening a line of the current speaker. */
export function matchStamped(line: string): { stamp?: number; text: string } | undefined {
  const s = unmark(line).s;
  const m = STAMPED.exec(s);
  if (!m) return undefined;
  return { stamp: stampSeconds(m[1] ?? m[2] ?? m[3]!), text: s.slice(m[0].length).trim() };
}
