import { wordClass, type WordClass } from './word-class.js';

/** Nouns too vague to stand as a term's head: `couple`, `bunch`. */
const vagueNouns = new Set(
  'couple bunch amount aspect aspects piece pieces chance moment moments while minute minutes hour hours percent'
    .split(/\s+/)
    .filter(Boolean),
);

/** Nouns that only stand in for another (`European ones`): never a term's head. */
const proNouns = new Set(['ones', 'one', "one's"]);

const modifier = (c: WordClass) => c === 'noun' || c === 'adjective' || c === 'participle';

/**
 * Whether the words of a term (as written) make a noun phrase: a noun head (a name, a noun, a gerund), or a
 * verb-noun (`talk`) after a modifier; modifiers are nouns, adjectives and participles; several capitalised
 * words make a name. Verb fragments
 * (`help build`, `innovation requires`), lone adjectives (`better`) and vague nouns alone (`couple`) are not.
 */
export function isNounPhrase(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  // Several capitalised words are a name (`Locally Optimistic`, `Rails Girls`), whatever the words.
  if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) return true;
  const classes = words.map(wordClass);
  const head = classes.at(-1)!;
  for (let i = 0; i < classes.length - 1; i++) if (!modifier(classes[i]!)) return false;
  const last = words.at(-1)!.toLowerCase();
  if (head === 'noun') return !proNouns.has(last) && (words.length > 1 || !vagueNouns.has(last));
  return head === 'verbNoun' && words.length > 1;
}
