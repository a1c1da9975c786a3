export interface SplitText {
  /** The spoken text, stage directions removed and white space folded. */
  text: string;
  /** The directions without brackets, in order. */
  directions: string[];
}

const DIRECTION = /\s*\[([^\][]{1,80})\]\s*/g;

/** Separates `[laughs]`-style stage directions from the words around them. */
export function splitStageDirections(raw: string): SplitText {
  const directions: string[] = [];
  const text = raw
    .replace(DIRECTION, (_m, d: string) => {
      directions.push(d.trim());
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { text, directions };
}
