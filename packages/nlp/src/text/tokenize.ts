export interface Token {
  /** The word as written, curly apostrophes made straight. */
  surface: string;
  /** UTF-16 offset in the text. */
  offset: number;
  /** True where punctuation or a stage direction separates this token from the one before. */
  breakBefore: boolean;
}

export const wordPattern = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&+#]|[-/.](?=[\p{L}\p{N}]))*\+*/gu;
export const stageDirection = /\[[^\]\n]{0,60}\]/g;

/** The text with each `[laughs]`-style stage direction blanked out (and closed by a full stop), offsets kept. */
function withoutStageDirections(text: string): string {
  return text.includes('[') ? text.replace(stageDirection, (m) => ' '.repeat(m.length - 1) + '.') : text;
}

/** A word as `Token.surface` gives it: curly apostrophes made straight. */
const straight = (word: string) => (word.includes('’') ? word.replace(/’/g, "'") : word);

/** Words of a text with their offsets; `[laughs]`-style stage directions are skipped. */
export function tokenize(text: string): Token[] {
  const clean = withoutStageDirections(text);
  const tokens: Token[] = [];
  let last = 0;
  for (const m of clean.matchAll(wordPattern)) {
    const offset = m.index;
    tokens.push({
      surface: straight(m[0]),
      offset,
      breakBefore: tokens.length === 0 || hasBreak(clean, last, offset),
    });
    last = offset + m[0].length;
  }
  return tokens;
}

/** `tokenize(text)`'s surfaces alone, without an object per word (for a caller that needs no offsets or breaks). */
export function tokenSurfaces(text: string): string[] {
  return (withoutStageDirections(text).match(wordPattern) ?? []).map(straight);
}

/** True where the text between two words holds clause punctuation or a spaced dash. */
export function hasBreak(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 32) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    if (breakCodes.has(c)) return true;
    if (c === 45 && i > from && i + 1 < to && space.test(text[i - 1]!) && space.test(text[i + 1]!)) return true;
  }
  return false;
}

const space = /\s/;
const breakCodes = new Set(Array.from('.,;:!?()"“”…–—', (c) => c.charCodeAt(0)));
