import { adjectiveSuffix, participleSuffix, suffixClass } from './word-class.js';

/** The word lists of `word-classes.ts`, each sorted. */
export interface WordClassLists {
  /** Words whose most frequent tag is a verb and that have no noun reading: `requires`, `improve`. */
  verbs: string[];
  /** Words read mostly as verbs that can also be nouns: `help`, `build`, `talk`. */
  verbNouns: string[];
  /** Adjectives and adverbs the suffix rules do not catch: `better`, `tiny`, `responsible`. */
  adjectives: string[];
  /** Function words (prepositions, particles, determiners...) that the stop words lack: `inside`, `via`. */
  functions: string[];
  /** Nouns that the suffix rules would take for adjectives or participles: `family`, `objective`, `speed`. */
  nouns: string[];
}

const verbTags = new Set(['VB', 'VBP', 'VBZ', 'VBD', 'VBN']);
const adjectiveTags = new Set(['JJ', 'JJR', 'JJS', 'RB', 'RBR', 'RBS']);
/** Closed classes that natural's stop words lack (`inside`, `via`): never part of a term. */
const functionTags = new Set([
  'IN',
  'RP',
  'DT',
  'CC',
  'PRP',
  'PRP$',
  'MD',
  'WDT',
  'WP',
  'WRB',
  'TO',
  'EX',
  'PDT',
  'UH',
]);
/** Longer verbs and adjectives are rare in talk, and each costs bundle size; adjectives say more as heads. */
const MAX = 10;
const MAX_ADJECTIVE = 12;

/**
 * The word classes `wordClass` looks up, chosen from a part-of-speech lexicon (word -> its tags, the most frequent
 * first; natural's English Brill lexicon): only the lower-case words whose most frequent tag is a verb, an
 * adjective or an adverb, the function words, and the nouns that the suffix rules would take for adjectives or
 * participles (`suffixClass`: nouns it reads as nouns are not listed). Each word is in one list at most. Used by `scripts/build-word-classes.ts`, not at run time.
 */
export function selectWordClasses(lexicon: Record<string, unknown>): WordClassLists {
  const lists: WordClassLists = { verbs: [], verbNouns: [], adjectives: [], functions: [], nouns: [] };
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!/^[a-z][a-z']*$/.test(word) || !Array.isArray(tags)) continue;
    const primary = tags[0] as string;
    const noun = tags.some((t: string) => t.startsWith('NN'));
    const bySuffix = adjectiveSuffix.test(word) || participleSuffix.test(word);
    if (verbTags.has(primary)) {
      if (word.length > MAX || (participleSuffix.test(word) && !noun)) continue;
      (noun ? lists.verbNouns : lists.verbs).push(word);
    } else if (adjectiveTags.has(primary)) {
      if (!bySuffix && word.length <= MAX_ADJECTIVE) lists.adjectives.push(word);
    } else if (functionTags.has(primary)) lists.functions.push(word);
    else if (primary.startsWith('NN') && suffixClass(word) !== 'noun') lists.nouns.push(word);
  }
  for (const list of Object.values(lists)) list.sort();
  return lists;
}
