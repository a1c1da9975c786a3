/** The words of a trend term as the archive counts them: a quoted phrase without its quotes. */
export const termWords = (term: string): string => term.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();

/** The search for a trend term's hits: its words as one phrase. */
export const termQuery = (term: string): string => {
  const words = termWords(term);
  return words.includes(' ') ? `"${words}"` : words;
};

/** Terms as typed in one field, separated by commas: `llm, "feature store"`. */
export const splitTerms = (text: string): string[] =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
