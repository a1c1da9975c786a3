/**
 * A fast reader for the one YAML shape that makes up most of a markdown-yaml file: a block list of flat mappings whose
 * values are plain, single-quoted or double-quoted scalars, on one line or folded over several (`- line: ...` /
 * `  sec: 12` / `  who: 'Alexey:'`: what js-yaml, `yaml`'s stringify and PyYAML write), or folded and literal block
 * scalars (`>-`, `>`, `|-`, `|`: what js-yaml writes for long lines); keys plain or quoted. Anything else (keep
 * chomping or an indentation indicator, more-indented lines in a folded scalar, an unknown escape, a tab in a line's
 * leading white space, anchors, flow collections, comments, a `: ` inside a plain scalar, a scalar that YAML would
 * read as null, a boolean or an unusual number) makes it answer undefined, and the caller
 * loads the text with the `yaml` library instead. Differential tests hold it to `yaml`, on the corpus and
 * on generated lists.
 *
 * Lines are kept as offsets into the text (no string per line); a value's text is sliced once.
 */
export interface ScannedList {
  entries: Record<string, string | number>[];
  /** Offset of each entry's `- `. */
  starts: number[];
}

// A key needs a value on its own line: `key:` at a line's end (a nested block) is not this shape. It may be quoted
// (`"key":`, `'key':`, as `yaml`'s stringify writes keys with a quoted defaultStringType): the same name.
export const KEY = /(?:"([A-Za-z_][A-Za-z0-9_-]*)"|'([A-Za-z_][A-Za-z0-9_-]*)'|([A-Za-z_][A-Za-z0-9_-]*)): +/y;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:[eE][-+]?\d+)?|0x[0-9a-fA-F_]+|0o[0-7_]+)$/;
/**
 * What a plain scalar may not hold in this reader: `: ` or `:` at a line's end (a mapping), ` #` or `#` first on
 * a line (a comment), a tab. Native searches: one regex with these alternatives is several times slower.
 */
function unsafePlain(value: string): boolean {
  if (value.includes('\t')) return true;
  // Colons and hashes are rare in speech: look at each one found.
  for (let i = value.indexOf(':'); i >= 0; i = value.indexOf(':', i + 1)) {
    const next = value.charCodeAt(i + 1);
    if (i + 1 === value.length || next === 32 || next === 10) return true;
  }
  for (let i = value.indexOf('#'); i >= 0; i = value.indexOf('#', i + 1)) {
    const before = value.charCodeAt(i - 1);
    if (i === 0 || before === 32 || before === 10) return true;
  }
  return false;
}

/** The property names of Object.prototype (`__proto__`, `constructor`...), as a Set: `key in Object.prototype` was slow. */
export const OBJECT_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The lines of `text[from, to)`: where each starts and ends (before any `\r`), its leading spaces, and whether it is blank. */
export interface Lines {
  start: number[];
  end: number[];
  indent: number[];
  blank: boolean[];
  /**
   * The first backslash at or after the last place one was looked for (the text's length for none): values are read
   * in the text's order, so one search serves every value before it, where a search per value would read the rest
   * of a text that has no backslash again for each of its double-quoted values.
   */
  slash: number;
}

export function linesOf(text: string, from: number, to: number): Lines {
  const lines: Lines = { start: [], end: [], indent: [], blank: [], slash: -1 };
  let start = from;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const next = end + 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    let i = start;
    while (i < end && text.charCodeAt(i) === 32) i++;
    lines.start.push(start);
    lines.end.push(end);
    lines.indent.push(i - start);
    // A line of spaces and tabs only: a no-break space or another Unicode space is content to YAML.
    let blank = true;
    for (let b = i; b < end && blank; b++) blank = text.charCodeAt(b) === 9 || text.charCodeAt(b) === 32;
    lines.blank.push(blank);
    start = next;
  }
  return lines;
}

/** Spaces and tabs off the end, by hand: `[ \t]+$` backtracks quadratically over a long inner run. */
function trimBlanksEnd(p: string): string {
  let b = p.length;
  while (b > 0 && (p.charCodeAt(b - 1) === 32 || p.charCodeAt(b - 1) === 9)) b--;
  return p.slice(0, b);
}

/** Spaces and tabs off both ends (YAML's white space; `trim` takes no-break and other Unicode spaces too). */
function trimBlanks(p: string): string {
  let a = 0;
  while (a < p.length && (p.charCodeAt(a) === 32 || p.charCodeAt(a) === 9)) a++;
  return trimBlanksEnd(a > 0 ? p.slice(a) : p);
}

/**
 * Folds the lines of a multi-line flow or plain scalar as YAML does: a break is a space, an empty line a newline.
 * With `lastIsContent` (a quoted scalar's closing line) the last part is content even when it is empty.
 */
function fold(parts: string[], lastIsContent = false): string {
  if (!parts.includes('')) return parts.join(' ');
  let out = parts[0] ?? '';
  let pendingNewlines = 0;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!;
    if (p === '' && !(lastIsContent && i === parts.length - 1)) {
      pendingNewlines++;
      continue;
    }
    out += pendingNewlines > 0 ? '\n'.repeat(pendingNewlines) : ' ';
    out += p;
    pendingNewlines = 0;
  }
  return out;
}

/** A single-quoted scalar from `at` (its opening quote) on line `i`; `''` is a quote and it may run over several lines. */
function readQuoted(
  text: string,
  lines: Lines,
  at: number,
  i: number,
  keyIndent: number,
): { value: string; next: number } | undefined {
  const parts: string[] = [];
  let from = at + 1;
  let lineEnd = lines.end[i]!;
  let j = i;
  for (;;) {
    let k = from;
    let piece = '';
    let closed = false;
    for (;;) {
      const quote = text.indexOf("'", k);
      if (quote < 0 || quote >= lineEnd) {
        piece += text.slice(k, lineEnd);
        k = lineEnd;
        break;
      }
      piece += text.slice(k, quote);
      if (quote + 1 < lineEnd && text.charCodeAt(quote + 1) === 39) {
        piece += "'";
        k = quote + 2;
        continue;
      }
      k = quote;
      closed = true;
      break;
    }
    if (closed) {
      parts.push(j === i ? piece : piece.replace(/^[ \t]+/, ''));
      if (!onlyWhite(text, k + 1, lineEnd)) return undefined;
      return {
        value: fold(
          parts.map((p, n) => (n < parts.length - 1 ? trimBlanksEnd(p) : p)),
          true,
        ),
        next: j + 1,
      };
    }
    parts.push(j === i ? piece : trimBlanks(piece));
    j++;
    if (j >= lines.start.length) return undefined;
    if (!lines.blank[j] && lines.indent[j]! <= keyIndent) return undefined;
    from = lines.start[j]!;
    lineEnd = lines.end[j]!;
  }
}

/** The one-character escapes of a double-quoted scalar this reader takes (`\_` is a no-break space, as js-yaml writes it). */
const ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  _: '\u00a0',
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  N: '\u0085',
  L: '\u2028',
  P: '\u2029',
  e: '\u001b',
  a: '\u0007',
  b: '\b',
  f: '\f',
  v: '\v',
  ' ': ' ',
  '\t': '\t',
};

/** Whether `text[from, to)` holds only spaces and tabs (YAML's white space). */
function onlyWhite(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * The next content line of a double-quoted scalar after line `j`: how many empty lines come first (spaces only), and
 * where its content starts. Undefined where the text ends, a line is not indented more than the key, or a tab is
 * in the lines' leading white space (YAML's rules for tabs there are not this reader's business).
 */
function nextDoubleLine(
  text: string,
  lines: Lines,
  j: number,
  keyIndent: number,
): { line: number; empty: number; from: number } | undefined {
  const count = lines.start.length;
  let empty = 0;
  for (j++; j < count; j++) {
    const start = lines.start[j]!;
    const from = start + lines.indent[j]!;
    if (from === lines.end[j]) {
      empty++;
      continue;
    }
    if (text.charCodeAt(from) === 9 || lines.indent[j]! <= keyIndent) return undefined;
    return { line: j, empty, from };
  }
  return undefined;
}

/**
 * A double-quoted scalar from `at` (its opening quote) on line `i`, over one line or several, read by YAML 1.2's
 * rules: a line break folds to a space and n empty lines to n line breaks, white space around a break is dropped,
 * a `\` at a line's end joins the lines without a space; escapes of one character, `\xHH`, `\uHHHH` and
 * `\UHHHHHHHH`. Another escape, an escaped line break followed by an empty line, or text after the closing quote is
 * declined.
 */
function readDouble(
  text: string,
  lines: Lines,
  at: number,
  i: number,
  keyIndent: number,
): { value: string; next: number } | undefined {
  let lineEnd = lines.end[i]!;
  let j = i;
  let value = '';
  let k = at + 1;
  // The next quote and backslash at or after k (the text's length for none), found again only once k has passed
  // them (the backslash's search is kept for the whole scan, in `lines.slash`).
  const none = text.length;
  let quote = -1;
  for (;;) {
    if (quote < k) {
      quote = text.indexOf('"', k);
      if (quote < 0) quote = none;
    }
    if (lines.slash < k) {
      lines.slash = text.indexOf('\\', k);
      if (lines.slash < 0) lines.slash = none;
    }
    const slash = lines.slash;
    if (quote === none) return undefined;
    if (quote < lineEnd && slash > quote) {
      value += text.slice(k, quote);
      if (!onlyWhite(text, quote + 1, lineEnd)) return undefined;
      return { value, next: j + 1 };
    }
    if (slash < lineEnd) {
      value += text.slice(k, slash);
      if (slash + 1 === lineEnd) {
        // An escaped line break: the next line's leading white space goes too.
        const next = nextDoubleLine(text, lines, j, keyIndent);
        if (!next || next.empty > 0) return undefined;
        j = next.line;
        lineEnd = lines.end[j]!;
        k = next.from;
        continue;
      }
      const e = text[slash + 1]!;
      const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      if (hex > 0) {
        const digits = text.slice(slash + 2, slash + 2 + hex);
        if (digits.length !== hex || !/^[0-9a-fA-F]+$/.test(digits)) return undefined;
        const code = parseInt(digits, 16);
        if (code > 0x10ffff) return undefined;
        value += String.fromCodePoint(code);
        k = slash + 2 + hex;
        continue;
      }
      const c = ESCAPES[e];
      if (c === undefined) return undefined;
      value += c;
      k = slash + 2;
      continue;
    }
    // The line ends inside the scalar: its trailing white space goes, and the break folds.
    value += trimBlanksEnd(text.slice(k, lineEnd));
    const next = nextDoubleLine(text, lines, j, keyIndent);
    if (!next) return undefined;
    value += next.empty > 0 ? '\n'.repeat(next.empty) : ' ';
    j = next.line;
    lineEnd = lines.end[j]!;
    k = next.from;
  }
}

/**
 * A block scalar whose header (`>`, `>-`, `|` or `|-`, alone to the line's end) is at `at` of line `i`: its content
 * lines are those below, indented more than the key, at the first one's indentation; a folded one joins lines by a
 * space and turns a run of empty lines into as many line breaks, a literal one keeps its line breaks; `-` strips
 * the final line break, without it one is kept.
 */
function readBlock(
  text: string,
  lines: Lines,
  at: number,
  i: number,
  keyIndent: number,
): { value: string; next: number } | undefined {
  const folded = text.charCodeAt(at) === 62;
  const strip = text.charCodeAt(at + 1) === 45;
  if (at + (strip ? 2 : 1) !== lines.end[i]) return undefined;
  const count = lines.start.length;
  let j = i + 1;
  // Leading empty lines, and a first line not indented more than the key (an empty scalar): YAML's rules for them are not this reader's business.
  if (j >= count || lines.blank[j] || lines.indent[j]! <= keyIndent) return undefined;
  const indent = lines.indent[j]!;
  const parts: string[] = [];
  let trailingBlanks = 0;
  for (; j < count; j++) {
    const start = lines.start[j]!;
    const end = lines.end[j]!;
    if (lines.blank[j]) {
      // Only spaces, no more than the content's indentation: more would be content.
      if (lines.indent[j] !== end - start || end - start > indent) return undefined;
      parts.push('');
      trailingBlanks++;
      continue;
    }
    if (lines.indent[j]! < indent) {
      if (lines.indent[j]! > keyIndent) return undefined;
      break;
    }
    const line = text.slice(start + indent, end);
    // A more-indented line of a folded scalar is not folded; a tab is white space YAML treats apart.
    if (folded && (line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9)) return undefined;
    parts.push(line);
    trailingBlanks = 0;
  }
  // Without `-` the final line break is kept: it must be there, inside the range.
  if (!strip && j >= count) return undefined;
  parts.length -= trailingBlanks;
  const value = folded ? fold(parts) : parts.join('\n');
  return { value: strip ? value : `${value}\n`, next: j };
}

/**
 * Reads one value that starts at offset `at` of line `i`, after its key (lines below belong to it where indented more
 * than `keyIndent`); returns the value and the next line index. Also read by `scanFrontMatter`.
 */
export function readValue(
  text: string,
  lines: Lines,
  at: number,
  i: number,
  keyIndent: number,
): { value: string | number; next: number } | undefined {
  const lineEnd = lines.end[i]!;
  if (at >= lineEnd) return undefined;
  const c = text[at]!;
  if (c === "'") return readQuoted(text, lines, at, i, keyIndent);
  if (c === '>' || c === '|') return readBlock(text, lines, at, i, keyIndent);
  if (c === '"') return readDouble(text, lines, at, i, keyIndent);
  if ('"|>&*!%@`{[#,?-'.includes(c) || text.startsWith(': ', at)) return undefined;
  // Plain scalar, possibly continued on more indented lines.
  const parts = [trimBlanksEnd(text.slice(at, lineEnd))];
  // White space other than spaces after the key (a tab...): YAML's rules for it are not this reader's business.
  if (parts[0] === '') return undefined;
  let j = i + 1;
  let trailingBlanks = 0;
  const count = lines.start.length;
  while (j < count) {
    if (lines.blank[j]) {
      parts.push('');
      trailingBlanks++;
      j++;
      continue;
    }
    if (lines.indent[j]! <= keyIndent) break;
    parts.push(trimBlanks(text.slice(lines.start[j]! + lines.indent[j]!, lines.end[j]!)));
    trailingBlanks = 0;
    j++;
  }
  if (trailingBlanks > 0) parts.length -= trailingBlanks;
  const value = fold(parts);
  // Checked on the folded value: a part's end meets the next part's start there, which only declines more.
  if (unsafePlain(value)) return undefined;
  if (NUMBER.test(value)) return { value: Number(value), next: j };
  if (NOT_A_STRING.test(value)) return undefined;
  return { value, next: j };
}

/** Reads the block list in `text[from, to)`; undefined where it is not the simple shape. */
export function scanYamlList(text: string, from: number, to: number): ScannedList | undefined {
  const lines = linesOf(text, from, to);
  const count = lines.start.length;
  const entries: Record<string, string | number>[] = [];
  const starts: number[] = [];
  let itemIndent = -1;
  let i = 0;
  while (i < count) {
    if (lines.blank[i]) {
      i++;
      continue;
    }
    if (itemIndent < 0) itemIndent = lines.indent[i]!;
    const lineStart = lines.start[i]!;
    if (lines.indent[i] !== itemIndent || !text.startsWith('- ', lineStart + itemIndent)) return undefined;
    const entry: Record<string, string | number> = {};
    // The entry's keys so far: a short list, where `key in entry` on objects of ever-new shapes is slow.
    const keys: string[] = [];
    starts.push(lineStart + itemIndent);
    const keyIndent = itemIndent + 2;
    let at = lineStart + keyIndent;
    let j = i;
    for (;;) {
      KEY.lastIndex = at;
      const k = KEY.exec(text);
      if (!k) return undefined;
      const key = (k[1] ?? k[2] ?? k[3])!;
      // A repeated key, or one Object.prototype has (`__proto__`, `constructor`): the `yaml` library knows what to do.
      if (keys.includes(key) || OBJECT_KEYS.has(key)) return undefined;
      keys.push(key);
      const read = readValue(text, lines, at + k[0].length, j, keyIndent);
      if (!read) return undefined;
      entry[key] = read.value;
      j = read.next;
      while (j < count && lines.blank[j]) j++;
      if (j >= count) break;
      const nextStart = lines.start[j]!;
      if (lines.indent[j] === keyIndent && !text.startsWith('- ', nextStart + keyIndent)) {
        at = nextStart + keyIndent;
        continue;
      }
      if (lines.indent[j] === itemIndent && text.startsWith('- ', nextStart + itemIndent)) break;
      return undefined;
    }
    entries.push(entry);
    i = j;
  }
  return { entries, starts };
}
