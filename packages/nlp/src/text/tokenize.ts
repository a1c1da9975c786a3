export interface Token {
  /** The word as written, curly apostrophes made straight. */
  surface: string;
  /** UTF-16 offset in the text. */
  offset: number;
  /** True where punctuation or a stage direction separates this token from the one before. */
  breakBefore: boolean;
}

const word = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&+#]|[-/.](?=[\p{L}\p{N}]))*\+*/gu;
const stageDirection = /\[[^\]\n]{0,60}\]/g;

/** Words of a text with their offsets; `[laughs]`-style stage directions are skipped. */
export function tokenize(text: string): Token[] {
  const clean = text.includes('[') ? text.replace(stageDirection, (m) => ' '.repeat(m.length - 1) + '.') : text;
  const tokens: Token[] = [];
  let last = 0;
  for (const m of clean.matchAll(word)) {
    const offset = m.index;
    const gap = clean.slice(last, offset);
    tokens.push({
      surface: m[0].replace(/’/g, "'"),
      offset,
      breakBefore: tokens.length === 0 || (gap !== ' ' && /[.,;:!?()"“”…–—]|\s-\s/.test(gap)),
    });
    last = offset + m[0].length;
  }
  return tokens;
}
