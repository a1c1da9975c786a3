/** A cue's time shared between its parts by their words; a part gets the cue's start where there is no end. */
export function shareCueTime(
  start: number | undefined,
  end: number | undefined,
  words: number[],
): { start?: number; end?: number }[] {
  if (words.length <= 1 || start === undefined || end === undefined)
    return words.map(() => (start === undefined ? {} : end === undefined ? { start } : { start, end }));
  const total = words.reduce((a, b) => a + Math.max(b, 1), 0);
  let at = start;
  return words.map((w) => {
    const next = at + ((end - start) * Math.max(w, 1)) / total;
    const t = { start: at, end: next };
    at = next;
    return t;
  });
}
