import { wordClass, type WordClass } from './word-class.js';

/** Nouns too vague to stand as a term's head: `couple`, `bunch`. */
const vagueNouns = new Set(
  'couple bunch amount aspect aspects piece pieces chance moment moments while minute minutes hour hours percent ones'
    .split(/\s+/)
    .filter(Boolean),
);

const modifier = (c: WordClass) => c === 'noun' || c === 'adjective' || c === 'participle';

/**
 * Whether the words of a term (as written) make a noun phrase: a noun head (a name, a noun, a gerund), or a
 * verb-noun (`talk`) after a modifier; modifiers are nouns, adjectives and participles. Verb fragments
 * (`help build`, `innovation requires`), lone adjectives (`better`) and vague nouns alone (`couple`) are not.
 */
export function isNounPhrase(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const classes = words.map(wordClass);
  const head = classes.at(-1)!;
  for (let i = 0; i < classes.length - 1; i++) if (!modifier(classes[i]!)) return false;
  if (head === 'noun') return words.length > 1 || !vagueNouns.has(words[0]!.toLowerCase());
  return head === 'verbNoun' && words.length > 1;
}
