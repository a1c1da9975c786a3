const WORD = /[\p{L}\p{N}_'’-]+/gu;

/** Words are runs of letters, digits, apostrophes and hyphens. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}
