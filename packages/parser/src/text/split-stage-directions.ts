export interface SplitText {
  /** The spoken text, stage directions removed and white space folded. */
  text: string;
  /** The directions without brackets, in order. */
  directions: string[];
}

// No `\s*` around the brackets: before a `[` it backtracks quadratically over a long blank run; the fold below
// tidies the spaces.
const DIRECTION = /\[([^\][]{1,80})\]/g;

const UNFOLDED = /\s\s|[\t\n\r\f\v\u00a0]/;
/** White space other than the plain space: where there is none, only two spaces in a row need folding. */
const UNUSUAL_SPACE = /[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * Whether folding `\s+` into one space would change the text (two spaces in a row, or a tab, break or NBSP).
 * Native searches first: the regex alone walks every character through an alternation.
 */
export function isUnfolded(text: string): boolean {
  if (UNUSUAL_SPACE.test(text)) return UNFOLDED.test(text);
  return text.includes('  ');
}

/** Separates `[laughs]`-style stage directions from the words around them. */
export function splitStageDirections(raw: string): SplitText {
  const directions: string[] = [];
  let text = raw;
  if (raw.includes('[')) {
    text = raw.replace(DIRECTION, (_m, d: string) => {
      directions.push(d.trim());
      return ' ';
    });
  }
  if (directions.length > 0 || isUnfolded(text)) text = text.replace(/\s+/g, ' ');
  return { text: text.trim(), directions };
}
