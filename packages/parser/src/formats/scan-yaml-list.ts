/**
 * A fast reader for the one YAML shape that makes up most of a DTC file: a block list of flat mappings whose
 * values are plain or single-quoted scalars (`- line: ...` / `  sec: 12` / `  who: 'Alexey:'`). Anything else
 * (double quotes, block scalars, anchors, flow collections, comments, a `: ` inside a plain scalar, a scalar
 * that YAML would read as null, a boolean or an unusual number) makes it answer undefined, and the caller
 * loads the text with a full YAML library instead. A differential test holds it to js-yaml on the corpus.
 */
export interface ScannedList {
  entries: Record<string, string | number>[];
  /** Offset of each entry's `- `. */
  starts: number[];
}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const NOT_A_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:[eE][-+]?\d+)?|0x[0-9a-fA-F_]+|0o[0-7_]+)$/;

interface Line {
  text: string;
  start: number;
  indent: number;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let start = from;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    let t = text.slice(start, end);
    if (t.endsWith('\r')) t = t.slice(0, -1);
    let indent = 0;
    while (t.charCodeAt(indent) === 32) indent++;
    out.push({ text: t, start, indent });
    start = end + 1;
  }
  return out;
}

/** Spaces and tabs off the end, by hand: `[ \t]+$` backtracks quadratically over a long inner run. */
function trimBlanksEnd(p: string): string {
  let b = p.length;
  while (b > 0 && (p.charCodeAt(b - 1) === 32 || p.charCodeAt(b - 1) === 9)) b--;
  return p.slice(0, b);
}

/** Folds the lines of a multi-line flow or plain scalar as YAML does: a break is a space, an empty line a newline. */
function fold(parts: string[]): string {
  let out = parts[0] ?? '';
  let pendingNewlines = 0;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i]!;
    if (p === '') {
      pendingNewlines++;
      continue;
    }
    out += pendingNewlines > 0 ? '\n'.repeat(pendingNewlines) : ' ';
    out += p;
    pendingNewlines = 0;
  }
  return out;
}

/** Reads one value that starts at `lines[i]` after the key; returns the value and the next line index. */
function readValue(first: string, lines: Line[], i: number, keyIndent: number): { value: string | number; next: number } | undefined {
  const c = first[0];
  if (c === "'") {
    // Single-quoted: '' is a quote; it may run over several lines.
    const parts: string[] = [];
    let text = first.slice(1);
    let j = i;
    for (;;) {
      let k = 0;
      let piece = '';
      let closed = false;
      while (k < text.length) {
        const ch = text[k]!;
        if (ch === "'") {
          if (text[k + 1] === "'") {
            piece += "'";
            k += 2;
            continue;
          }
          closed = true;
          break;
        }
        piece += ch;
        k++;
      }
      if (closed) {
        parts.push(j === i ? piece : piece.replace(/^[ \t]+/, ''));
        if (text.slice(k + 1).trim() !== '') return undefined;
        return { value: fold(parts.map((p, n) => (n < parts.length - 1 ? trimBlanksEnd(p) : p))), next: j + 1 };
      }
      parts.push(j === i ? piece : piece.trim());
      j++;
      if (j >= lines.length) return undefined;
      const next = lines[j]!;
      if (next.text.trim() !== '' && next.indent <= keyIndent) return undefined;
      text = next.text;
    }
  }
  if (c === undefined || '"|>&*!%@`{[#,?-'.includes(c) || first.startsWith(': ')) return undefined;
  // Plain scalar, possibly continued on more indented lines.
  const parts = [first.trimEnd()];
  let j = i + 1;
  while (j < lines.length) {
    const l = lines[j]!;
    if (l.text.trim() === '') {
      parts.push('');
      j++;
      continue;
    }
    if (l.indent <= keyIndent) break;
    parts.push(l.text.trim());
    j++;
  }
  while (parts.length > 1 && parts[parts.length - 1] === '') {
    parts.pop();
  }
  for (const p of parts) if (p.includes(': ') || p.endsWith(':') || p.includes(' #') || p.includes('\t')) return undefined;
  const value = fold(parts);
  if (NUMBER.test(value)) return { value: Number(value), next: j };
  if (NOT_A_STRING.test(value)) return undefined;
  return { value, next: j };
}

/** Reads the block list in `text[from, to)`; undefined where it is not the simple shape. */
export function scanYamlList(text: string, from: number, to: number): ScannedList | undefined {
  const lines = linesOf(text, from, to);
  const entries: Record<string, string | number>[] = [];
  const starts: number[] = [];
  let itemIndent = -1;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.text.trim() === '') {
      i++;
      continue;
    }
    if (itemIndent < 0) itemIndent = line.indent;
    if (line.indent !== itemIndent || !line.text.startsWith('- ', line.indent)) return undefined;
    const entry: Record<string, string | number> = {};
    starts.push(line.start + line.indent);
    const keyIndent = itemIndent + 2;
    let rest = line.text.slice(keyIndent);
    let j = i;
    for (;;) {
      const k = KEY.exec(rest);
      if (!k) return undefined;
      const key = k[1]!;
      if (key in entry) return undefined;
      const read = readValue(rest.slice(k[0].length), lines, j, keyIndent);
      if (!read) return undefined;
      entry[key] = read.value;
      j = read.next;
      while (j < lines.length && lines[j]!.text.trim() === '') j++;
      if (j >= lines.length) break;
      const next = lines[j]!;
      if (next.indent === keyIndent && !next.text.startsWith('- ', keyIndent)) {
        rest = next.text.slice(keyIndent);
        continue;
      }
      if (next.indent === itemIndent && next.text.startsWith('- ', itemIndent)) break;
      return undefined;
    }
    entries.push(entry);
    i = j;
  }
  return { entries, starts };
}
