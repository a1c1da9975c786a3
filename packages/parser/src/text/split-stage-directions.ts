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
  if (directions.length > 0 || UNFOLDED.test(text)) text = text.replace(/\s+/g, ' ');
  return { text: text.trim(), directions };
}
