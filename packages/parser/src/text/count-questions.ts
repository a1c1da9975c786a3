/** Sentences that end in a question mark. */
export function countQuestions(text: string): number {
  return (text.match(/\?+(?=["”’)\]]*(?:\s|$))/g) ?? []).length;
}
