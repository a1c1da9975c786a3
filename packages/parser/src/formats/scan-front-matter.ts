import { KEY, linesOf, OBJECT_KEYS, readValue, type Lines } from './scan-yaml-list.js';

export interface ScannedFrontMatter {
  /** The top-level keys read, with their values (a scalar, a `Date` for a YAML timestamp, or a list of scalars). */
  data: Record<string, unknown>;
  /** The top-level keys (or the first words of lines) that this scanner cannot read, in their order. */
  unread: string[];
}

/** `key:` alone on its line (plain or quoted, as `KEY`): a block list below it, or null. */
const BARE_KEY = /^(?:"([A-Za-z_][A-Za-z0-9_-]*)"|'([A-Za-z_][A-Za-z0-9_-]*)'|([A-Za-z_][A-Za-z0-9_-]*)):[ \t]*$/;

/** A YAML 1.1 timestamp, as the `yaml` library's `timestamp` tag reads it (the Markdown+YAML reader turns it on). */
const TIMESTAMP =
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/;

/** A plain scalar's value as YAML reads it: a timestamp is a `Date` (UTC where no zone is given), as `yaml` has it. */
function plainValue(value: string | number): unknown {
  const m = typeof value === 'string' ? TIMESTAMP.exec(value) : null;
  if (!m) return value;
  const [, year, month, day, hour, minute, second] = m.map(Number) as number[];
  const ms = m[7] ? Number(`${m[7]}00`.slice(1, 4)) : 0;
  let time = Date.UTC(year!, month! - 1, day!, hour || 0, minute || 0, second || 0, ms);
  const zone = m[8];
  if (zone && zone !== 'Z') {
    const [h, mm] = zone.slice(1).split(':').map(Number) as [number, number?];
    time -= (zone[0] === '-' ? -1 : 1) * 60000 * (h * 60 + (mm ?? 0));
  }
  return new Date(time);
}

/** One scalar from `at` of line `i` (`readValue` of the list scanner), a plain one's timestamp as a `Date`. */
function scalarAt(text: string, lines: Lines, at: number, i: number, keyIndent: number) {
  const read = readValue(text, lines, at, i, keyIndent);
  if (!read) return undefined;
  const quotedOrBlock = `'"|>`.includes(text[at]!);
  return { value: quotedOrBlock ? read.value : plainValue(read.value), next: read.next };
}

/** A flow list of scalars on one line, `[a, 'b, c', "d"]`, from its `[` at `at` to the line's end `end`. */
function flowList(text: string, lines: Lines, at: number, end: number): unknown[] | undefined {
  const items: unknown[] = [];
  let k = at + 1;
  const skip = () => {
    while (k < end && (text[k] === ' ' || text[k] === '\t')) k++;
  };
  for (;;) {
    skip();
    if (text[k] === ']') break;
    const from = k;
    const q = text[k];
    if (q === "'" || q === '"') {
      // To the closing quote: past `\\x` in a double-quoted scalar, past `''` in a single-quoted one.
      for (k++; k < end; k++) {
        if (q === '"' && text[k] === '\\') k++;
        else if (text[k] === q && (q === '"' || text[k + 1] !== "'")) break;
        else if (text[k] === q) k++;
      }
      if (k >= end) return undefined;
      k++;
    } else {
      while (k < end && !',]'.includes(text[k]!)) if ('[]{}'.includes(text[k++]!)) return undefined;
      while (k > from && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
    }
    if (k === from) return undefined;
    // The item as a line of its own (not by `linesOf`: it would search the rest of the line for its end, for each
    // item), sharing the scan's search for a backslash (see `Lines.slash`).
    const item: Lines = { start: [from], end: [k], indent: [0], blank: [false], slash: lines.slash };
    const read = scalarAt(text, item, from, 0, -1);
    lines.slash = item.slash;
    if (!read) return undefined;
    items.push(read.value);
    skip();
    if (text[k] === ',') k++;
    else if (text[k] !== ']') return undefined;
  }
  for (k++; k < end; k++) if (text[k] !== ' ' && text[k] !== '\t') return undefined;
  return items;
}

/** A block list of scalars from line `i` (`- a` / `- 'b'`), the lines below a `key:` (none: null); and the line after it. */
function blockList(text: string, lines: Lines, i: number): { value: unknown[] | null; next: number } | undefined {
  const count = lines.start.length;
  const items: unknown[] = [];
  let indent = -1;
  while (i < count) {
    if (lines.blank[i]) {
      i++;
      continue;
    }
    const first = lines.start[i]! + lines.indent[i]!;
    if (indent < 0) indent = lines.indent[i]!;
    if (lines.indent[i] !== indent || !text.startsWith('- ', first)) {
      // Lines indented below the key that are not this list's items: a nested mapping, not this scanner's shape.
      if (lines.indent[i]! > 0 || text.startsWith('-', first)) return undefined;
      break;
    }
    let at = first + 2;
    while (text[at] === ' ') at++;
    const read = scalarAt(text, lines, at, i, indent);
    if (!read) return undefined;
    items.push(read.value);
    i = read.next;
  }
  return { value: items.length > 0 ? items : null, next: i };
}

/**
 * The top-level mapping of YAML front matter in `text[from, to)`, read without a YAML library as far as it has
 * the simple shapes: `key: value` with a plain, single- or double-quoted (or block) scalar, as `scanYamlList`
 * reads them, a flow list of such scalars on one line, or a block list of them below `key:`; comment lines are
 * skipped. A key whose value has another shape (a nested mapping, a multi-line flow list, null, a boolean, an
 * anchor, a comment after the value...) is left out and named in `unread`, and the scan goes on at the next key.
 */
export function scanFrontMatter(text: string, from: number, to: number): ScannedFrontMatter {
  const lines = linesOf(text, from, to);
  const count = lines.start.length;
  const data: Record<string, unknown> = {};
  const unread: string[] = [];
  let i = 0;
  while (i < count) {
    const start = lines.start[i]!;
    const end = lines.end[i]!;
    if (lines.blank[i] || (lines.indent[i] === 0 && text[start] === '#')) {
      i++;
      continue;
    }
    let read: { value: unknown; next: number } | undefined;
    KEY.lastIndex = start;
    const k = lines.indent[i] === 0 ? KEY.exec(text) : null;
    const bare = k ? null : BARE_KEY.exec(text.slice(start, end));
    const named = k ?? bare;
    const key = named ? (named[1] ?? named[2] ?? named[3])! : undefined;
    if (key !== undefined && !OBJECT_KEYS.has(key)) {
      const at = k ? start + k[0].length : end;
      if (k && text[at] === '[') {
        const list = flowList(text, lines, at, end);
        read = list && { value: list, next: i + 1 };
      } else if (k && !onlyBlanks(text, at, end)) read = scalarAt(text, lines, at, i, 0);
      else read = blockList(text, lines, i + 1);
    }
    if (read) {
      data[key!] = read.value;
      i = read.next;
      continue;
    }
    // Left out: this line and the lines that belong to it (indented, or a list's `-` at the margin).
    if (key !== undefined) delete data[key];
    unread.push(key ?? text.slice(start + lines.indent[i]!, end).slice(0, 20));
    for (i++; i < count; i++) {
      const c = text[lines.start[i]!];
      if (!lines.blank[i] && lines.indent[i] === 0 && c !== '-' && c !== '#') break;
    }
  }
  return { data, unread };
}

function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}
