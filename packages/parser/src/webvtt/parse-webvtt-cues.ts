import type { Point, Position } from '../model.js';

export interface WebVTTCue {
  /** The line before the timing line, kept as written (leading and trailing spaces included); `''` when absent. */
  id: string;
  /** Seconds. */
  startTime: number;
  /** Seconds; may be before `startTime` (the spec keeps such cues). */
  endTime: number;
  /** The cue's text lines joined by LF, markup left as written. */
  text: string;
  /** What follows the end timestamp on the timing line, without the whitespace around it; not interpreted. */
  settings: string;
  /** The whole cue block: start of the id line (or timing line) to the end of the last text line. */
  position: Position;
  /** The text lines: start of the first to end of the last. Absent when the cue has no text. */
  textPosition?: Position;
}

export interface WebVTTProblem {
  message: string;
  position: Position;
}

export interface WebVTTParseResult {
  /** False when the signature is bad; then `cues` is empty and `problems` says why. */
  ok: boolean;
  cues: WebVTTCue[];
  problems: WebVTTProblem[];
}

interface Timings {
  startTime: number;
  endTime: number;
  settings: string;
}

type TimingsResult = { ok: true; value: Timings } | { ok: false; reason: string };

type Block =
  | { kind: 'cue'; cue: WebVTTCue }
  | { kind: 'style' | 'region' | 'empty' }
  | { kind: 'dropped-cue'; reason: string; line: string; start: number; end: number }
  | { kind: 'other'; firstLine: string; start: number; end: number };

const ARROW = '-->';

/** WebVTT whitespace inside a line: space, tab, form feed (not vertical tab). */
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\f';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isOnlySpace(s: string): boolean {
  for (const c of s) if (!isSpace(c)) return false;
  return true;
}

/** `keyword` alone, or followed by whitespace only (the STYLE and REGION block headers). */
function isBlockHeader(buffer: string, keyword: string): boolean {
  return buffer.startsWith(keyword) && isOnlySpace(buffer.slice(keyword.length));
}

/** Offsets to points: line terminators are CRLF, CR or LF, as in the WebVTT preprocessing. */
function createLocator(input: string): (offset: number) => Point {
  const lineStarts = [0];
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 13) {
      if (input.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    } else if (c === 10) {
      lineStarts.push(i + 1);
    }
  }
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1, offset };
  };
}

/**
 * "Collect a WebVTT timestamp" on `line` from `at`.
 * Returns the seconds and the index after the timestamp, or undefined when it is not one.
 */
function collectTimestamp(line: string, at: number): { seconds: number; next: number } | undefined {
  let i = at;
  const digits = (): string => {
    const from = i;
    while (isDigit(line[i])) i++;
    return line.slice(from, i);
  };
  if (!isDigit(line[i])) return undefined;
  const first = digits();
  let value1 = Number(first);
  const hoursGiven = first.length !== 2 || value1 > 59;
  if (line[i] !== ':') return undefined;
  i++;
  const second = digits();
  if (second.length !== 2) return undefined;
  let value2 = Number(second);
  let value3: number;
  if (line[i] === ':') {
    i++;
    const third = digits();
    if (third.length !== 2) return undefined;
    value3 = Number(third);
  } else {
    if (hoursGiven) return undefined;
    value3 = value2;
    value2 = value1;
    value1 = 0;
  }
  if (line[i] !== '.') return undefined;
  i++;
  const fraction = digits();
  if (fraction.length !== 3) return undefined;
  if (value2 > 59 || value3 > 59) return undefined;
  return { seconds: value1 * 3600 + value2 * 60 + value3 + Number(fraction) / 1000, next: i };
}

/** "Collect WebVTT cue timings and settings"; the settings are kept raw. */
function collectTimings(line: string): TimingsResult {
  let i = 0;
  while (isSpace(line[i])) i++;
  const start = collectTimestamp(line, i);
  if (!start) return { ok: false, reason: 'bad start timestamp' };
  i = start.next;
  while (isSpace(line[i])) i++;
  if (!line.startsWith(ARROW, i)) return { ok: false, reason: "expected '-->' after the start timestamp" };
  i += ARROW.length;
  while (isSpace(line[i])) i++;
  const end = collectTimestamp(line, i);
  if (!end) return { ok: false, reason: 'bad end timestamp' };
  let from = end.next;
  let to = line.length;
  while (from < to && isSpace(line[from])) from++;
  while (to > from && isSpace(line[to - 1])) to--;
  return { ok: true, value: { startTime: start.seconds, endTime: end.seconds, settings: line.slice(from, to) } };
}

/**
 * Parse the cues of a WebVTT file following the WHATWG/W3C "WebVTT parser algorithm"
 * (https://w3c.github.io/webvtt/#file-parsing). Header, NOTE, STYLE and REGION blocks are
 * skipped and cue settings are kept as written. Positions point into `input` as given.
 */
export function parseWebVTTCues(input: string): WebVTTParseResult {
  if (typeof input !== 'string') {
    throw new TypeError(`parseWebVTTCues: expected a string, got ${input === null ? 'null' : typeof input}`);
  }
  // NUL -> U+FFFD keeps every offset; CR, CRLF and LF are all read as line terminators below.
  const text = input.includes('\0') ? input.replaceAll('\0', '\uFFFD') : input;
  const locate = createLocator(input);
  const span = (start: number, end: number): Position => ({ start: locate(start), end: locate(end) });
  const problems: WebVTTProblem[] = [];
  const cues: WebVTTCue[] = [];

  const terminatorLength = (at: number): number => {
    const c = text[at];
    if (c === '\r') return text[at + 1] === '\n' ? 2 : 1;
    return c === '\n' ? 1 : 0;
  };
  const lineEndFrom = (at: number): number => {
    let i = at;
    while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    return i;
  };

  let position = text.startsWith('\uFEFF') ? 1 : 0;
  const signatureEnd = lineEndFrom(position);
  const afterSignature = text[position + 6];
  if (
    !text.startsWith('WEBVTT', position) ||
    !(
      afterSignature === undefined ||
      afterSignature === ' ' ||
      afterSignature === '\t' ||
      afterSignature === '\n' ||
      afterSignature === '\r'
    )
  ) {
    const shown = text.slice(position, Math.min(signatureEnd, position + 40));
    problems.push({
      message: `WebVTT: the file does not start with the signature 'WEBVTT' (followed by a space, a tab or a line break); found '${shown}'`,
      position: span(position, signatureEnd),
    });
    return { ok: false, cues: [], problems };
  }

  let seenCue = false;

  const skipBlankLines = (): void => {
    let n: number;
    while ((n = terminatorLength(position)) > 0) position += n;
  };

  // "Collect a WebVTT block".
  const collectBlock = (inHeader: boolean): Block => {
    const blockStart = position;
    let lineCount = 0;
    let previousPosition = position;
    let buffer = '';
    let seenArrow = false;
    let cue: WebVTTCue | undefined;
    let dropped: { reason: string; line: string; start: number; end: number } | undefined;
    let style = false;
    let region = false;
    let firstLineEnd = blockStart;
    let textStart = -1;
    let lastEnd = blockStart;

    for (;;) {
      const lineStart = position;
      const lineEnd = lineEndFrom(position);
      const line = text.slice(lineStart, lineEnd);
      lineCount++;
      position = lineEnd;
      const seenEOF = position >= text.length;
      if (!seenEOF) position += terminatorLength(position);
      if (lineCount === 1) firstLineEnd = lineEnd;

      if (line.includes(ARROW)) {
        if (!inHeader && (lineCount === 1 || (lineCount === 2 && !seenArrow))) {
          seenArrow = true;
          previousPosition = position;
          const timings = collectTimings(line);
          if (timings.ok) {
            cue = { id: buffer, ...timings.value, text: '', position: span(blockStart, lineEnd) };
            buffer = '';
            seenCue = true;
            lastEnd = lineEnd;
          } else {
            cue = undefined;
            dropped = { reason: timings.reason, line, start: lineStart, end: lineEnd };
          }
        } else {
          // This line starts the next block.
          position = previousPosition;
          break;
        }
      } else if (line === '') {
        break;
      } else {
        if (!inHeader && lineCount === 2) {
          if (!seenCue && isBlockHeader(buffer, 'STYLE')) {
            style = true;
            buffer = '';
          } else if (!seenCue && isBlockHeader(buffer, 'REGION')) {
            region = true;
            buffer = '';
          }
        }
        if (buffer !== '') buffer += '\n';
        buffer += line;
        previousPosition = position;
        if (cue) {
          if (textStart < 0) textStart = lineStart;
          lastEnd = lineEnd;
        }
      }
      if (seenEOF) break;
    }

    if (cue) {
      cue.text = buffer;
      cue.position = span(blockStart, lastEnd);
      if (textStart >= 0) cue.textPosition = span(textStart, lastEnd);
      return { kind: 'cue', cue };
    }
    if (style) return { kind: 'style' };
    if (region) return { kind: 'region' };
    if (dropped) return { kind: 'dropped-cue', ...dropped };
    if (buffer === '') return { kind: 'empty' };
    return { kind: 'other', firstLine: text.slice(blockStart, firstLineEnd), start: blockStart, end: firstLineEnd };
  };

  position = signatureEnd;
  if (position >= text.length) return { ok: true, cues, problems };
  position += terminatorLength(position);
  collectBlock(true);
  skipBlankLines();

  while (position < text.length) {
    const block = collectBlock(false);
    if (block.kind === 'cue') {
      cues.push(block.cue);
    } else if (block.kind === 'dropped-cue') {
      problems.push({
        message: `WebVTT: cue dropped, ${block.reason} in '${block.line}'`,
        position: span(block.start, block.end),
      });
    } else if (block.kind === 'other' && !/^NOTE(?:[ \t]|$)/.test(block.firstLine)) {
      const late = /^(STYLE|REGION)[ \t]*$/.exec(block.firstLine);
      problems.push({
        message: late
          ? `WebVTT: ${late[1]} block after the first cue ignored`
          : `WebVTT: block without a cue timing line ignored ('${block.firstLine}')`,
        position: span(block.start, block.end),
      });
    }
    skipBlankLines();
  }
  return { ok: true, cues, problems };
}
