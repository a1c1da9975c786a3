export interface SourceLine {
  text: string;
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past its last character (before the line break). */
  end: number;
  /** 1-based. */
  line: number;
}

let memo: { text: string; lines: SourceLine[] } | undefined;

/** Splits on CRLF, CR and LF, keeping each line's offsets into `text`. Treat the result as read-only. */
export function scanLines(text: string): SourceLine[] {
  // Detection and reading scan the same text several times in a row.
  if (memo && memo.text === text) return memo.lines;
  const lines = split(text);
  memo = { text, lines };
  return lines;
}

function split(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      out.push({ text: text.slice(start, i), start, end: i, line });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      line++;
    }
  }
  return out;
}
