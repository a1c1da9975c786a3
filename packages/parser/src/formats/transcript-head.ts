import { isGenericLabel } from '../labels/generic-label.js';
import { isNameShaped } from '../labels/name-shape.js';
import { parseTimestamp } from '../text/parse-timestamp.js';

const T = String.raw`\d{1,2}(?::\d{2}){1,2}(?:[.,:]\d{1,3})?|\d{1,6}(?:\.\d{1,3})?s`;
/** A stamp or a range: `00:01`, `00:00:54:909 - 00:00:55:729`, `00:03 → 00:14`, `12.3–15.6`. */
const R = String.raw`(${T}|\d{1,6}\.\d{1,3}(?=\s*(?:-->|[-–—→])))(?:\s*(?:-->|[-–—→])\s*(${T}|\d{1,6}(?:\.\d{1,3})?))?`;
const STAMP_BEFORE = new RegExp(String.raw`^(?:\[${R}\]|\(${R}\)|${R}(?=\s|<br>|$))\s*(?:<br>\s*)?(?:[-–—|]\s*)?`);
const STAMP_AFTER = new RegExp(String.raw`^[\[(]${R}[\])]\s*(?:[-–—|]\s*)?:?\s*`);
/** `[Speaker 1 00:05]`, `[Maria Lopez - 00:01:02]`. */
const BRACKET = new RegExp(String.raw`^\[([^\[\]\n]{1,40}?)\s*[-–—,|]?\s*${R}\]\s*:?\s*`);
/** `**Name** text`: a bold label closed before its text, no colon (up to 120 characters: joint labels `**A & B**`). */
const BOLD_NAME = /^\*\*([^*\n]{1,120}?)\*\*\s+(?=\S)(?![[(]\s*\d)/;

function range(m: RegExpExecArray, at: number): { stamp?: number; end?: number } {
  for (let k = at; k < m.length; k += 2) {
    if (m[k] === undefined) continue;
    const stamp = stampSeconds(m[k]!);
    const end = m[k + 1] !== undefined ? stampSeconds(m[k + 1]!) : undefined;
    const out: { stamp?: number; end?: number } = {};
    if (stamp !== undefined) out.stamp = stamp;
    if (end !== undefined && stamp !== undefined && end > stamp) out.end = end;
    return out;
  }
  return {};
}

/** Seconds from `hh:mm:ss(.mmm)`, `m:ss` or `12.3s`. */
export function stampSeconds(stamp: string): number | undefined {
  // `00:00:54:909`: milliseconds after a colon.
  if (/^\d{1,2}:\d{2}:\d{2}:\d{1,3}$/.test(stamp)) stamp = stamp.replace(/:(\d{1,3})$/, '.$1');
  if (/^\d+(?:\.\d+)?$/.test(stamp)) return Number(stamp);
  if (/s$/.test(stamp)) {
    const n = Number(stamp.slice(0, -1));
    return Number.isFinite(n) ? n : undefined;
  }
  return parseTimestamp(stamp);
}

export interface Head {
  label: string;
  stamp?: number;
  /** Where the source gives a range (`[00:01 - 00:05]`). */
  end?: number;
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
 * `**Name:** text`, `**Name:** [01:46] text`, `**Name** [00:01:02] text`, `**[00:01] SPEAKER_00:** text`, `[00:01] Name: text`,
 * `Name (00:01): text`, `[Speaker 1 00:05] text`, or a header line alone (`**Name**`, `### Name`, `SPEAKER_00`).
 * Labels must be written like names (see isNameShaped).
 */
export function matchHead(line: string): Head | undefined {
  const { s: marked, heading } = unmark(line);
  // Bold marks are dropped from the head only (the first 120 characters).
  const headPart = marked.slice(0, 120);
  const bold = /\*\*|__/.test(headPart);
  let s = (bold ? headPart.replace(/\*\*|__/g, '') : headPart) + marked.slice(120);
  const timed = (h: Head, t: { stamp?: number; end?: number }): Head => {
    if (t.stamp !== undefined) h.stamp = t.stamp;
    if (t.end !== undefined) h.end = t.end;
    return h;
  };
  // A bracketed label and its stamp fit in the line's first 200 characters; on longer runs of blanks the pattern
  // would try every split of them between its two `\s*` (a fuzzed `[` and 296,000 tabs ran for minutes).
  const b = BRACKET.exec(s.slice(0, 200));
  if (b && isNameShaped(b[1]!) && !/^\d/.test(b[1]!))
    return timed({ label: b[1]!.trim(), text: s.slice(b[0].length).trim(), rich: true }, range(b, 2));
  let t: { stamp?: number; end?: number } = {};
  const before = STAMP_BEFORE.exec(s);
  if (before) {
    t = range(before, 1);
    s = s.slice(before[0].length);
  }
  const mb = STAMP_BEFORE.exec(marked);
  const rest = mb ? marked.slice(mb[0].length) : marked;
  const bn = BOLD_NAME.exec(rest.trimStart());
  if (bn && !bn[1]!.includes(':') && isNameShaped(bn[1]!) && !/^\d/.test(bn[1]!))
    return timed({ label: bn[1]!.trim(), text: rest.trimStart().slice(bn[0].length).trim(), rich: true }, t);
  let i = 0;
  const limit = Math.min(s.length, 60);
  while (i < limit && s[i] !== ':' && s[i] !== '[' && s[i] !== '(') i++;
  const label = s.slice(0, i).trim();
  if (label === '' || /^\d/.test(label) || !isNameShaped(label)) return undefined;
  const c = s[i];
  if (c === ':') {
    const after = s[i + 1];
    if (after !== undefined && !/\s/.test(after)) return undefined;
    const text = s.slice(i + 1).trim();
    // `**Name:** [01:46] text`, `Name: (00:12) text`: a bracketed stamp right after the colon times the line.
    const a = t.stamp === undefined && (text[0] === '[' || text[0] === '(') ? STAMP_AFTER.exec(text) : null;
    const stamp = a ? range(a, 1) : {};
    if (a && stamp.stamp !== undefined)
      return timed({ label, text: text.slice(a[0].length).trim(), rich: true }, stamp);
    return timed({ label, text, rich: bold || heading || t.end !== undefined }, t);
  }
  if (c === '[' || c === '(') {
    const a = STAMP_AFTER.exec(s.slice(i));
    if (!a) return undefined;
    return timed({ label, text: s.slice(i + a[0].length).trim(), rich: true }, t.stamp !== undefined ? t : range(a, 1));
  }
  // No colon, no stamp: only a header line that says it is one (bold, a heading) or a diarizer label.
  if (i === s.length && label.length <= 40 && (bold || heading || isGenericLabel(label)) && t.stamp === undefined)
    return { label, text: '', rich: bold || heading };
  // `[00:00:03 → 00:00:14] SPEAKER_00` on a line of its own.
  if (i === s.length && label.length <= 40 && t.end !== undefined) return timed({ label, text: '', rich: true }, t);
  return undefined;
}

/** `[12.3s] text`, `(00:12) text`: a stamp opening a line of the current speaker. */
export function matchStamped(line: string): { stamp?: number; end?: number; text: string } | undefined {
  const s = unmark(line).s;
  const m = STAMP_BEFORE.exec(s);
  if (!m) return undefined;
  return {
    ...range(m, 1),
    text: s
      .slice(m[0].length)
      .replace(/^<br>\s*/, '')
      .trim(),
  };
}
