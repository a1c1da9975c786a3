/** Sentences that end in a question mark. */
export function countQuestions(text: string): number {
  if (!text.includes('?')) return 0;
  // Only at the start of a run of `?`: tried at every `?` of a long run, the match was quadratic.
  return (text.match(/(?<!\?)\?+(?=["”’)\]]*(?:\s|$))/g) ?? []).length;
}
