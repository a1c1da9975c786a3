import { unpackWords } from './packed-words.js';
import { adjectiveWords, functionWords, suffixNouns, verbNounWords, verbWords } from './word-classes.js';

/**
 * What a word can be in a term: `noun` (also names, gerunds and unknown words: `pipeline`, `learning`, `dbt`),
 * `verb` (no noun reading: `requires`), `verbNoun` (mostly a verb, also a noun: `help`, `build`), `adjective`
 * (adjectives and adverbs: `tiny`, `better`, `quickly`), `participle` (`-ed`: `distributed`, `started`),
 * `function` (prepositions and such that the stop words lack: `inside`, `via`).
 */
export type WordClass = 'noun' | 'verb' | 'verbNoun' | 'adjective' | 'participle' | 'function';

/** Suffixes of adjectives and adverbs; the nouns among the lexicon's words that end so are listed (`suffixNouns`). */
export const adjectiveSuffix = /(?:ly|ous|ive|able|ible|ful|less|ical)$/;
/** The suffix of past forms and participles. */
export const participleSuffix = /ed$/;

let classes: Map<string, WordClass> | undefined;
function lexicon(): Map<string, WordClass> {
  if (classes) return classes;
  classes = new Map();
  const add = (packed: string, c: WordClass) => {
    for (const w of unpackWords(packed)) classes!.set(w, c);
  };
  add(verbWords, 'verb');
  add(verbNounWords, 'verbNoun');
  add(adjectiveWords, 'adjective');
  add(suffixNouns, 'noun');
  add(functionWords, 'function');
  return classes;
}

/**
 * The class of a word as written: a word with capitals past its first letter (`MLOps`, `PyData`) is a name; any
 * other is looked up in the lexicon in lower case (its most frequent tag in natural's Brill lexicon), so that
 * a sentence's first word (`Invest`) reads as it would inside one; a capitalised word the lexicon lacks is a
 * name; a lower-case one is read by its suffix; anything else is a noun.
 */
export function wordClass(word: string): WordClass {
  if (/^.\P{Lu}*\p{Lu}/u.test(word)) return 'noun';
  const w = word.toLowerCase().replace(/’/g, "'");
  const known = lexicon().get(w);
  if (known) return known;
  if (/^\p{Lu}/u.test(word)) return 'noun';
  return suffixClass(w);
}

/** The class of a lower-case word the lexicon lacks, by its suffix: `adjective`, `participle`, else `noun`. */
export function suffixClass(w: string): WordClass {
  if (w.length > 4 && adjectiveSuffix.test(w)) return 'adjective';
  if (w.length > 4 && participleSuffix.test(w)) return 'participle';
  return 'noun';
}
