import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

const cache = new Map<string, string>();

/**
 * The key of one word: Porter stem of the lower case, except acronyms and mixed case
 * (MLOps, BI, LLMs, CI/CD), which keep their letters and lose only a plural `s`.
 */
export function stemWord(surface: string): string {
  let key = cache.get(surface);
  if (key !== undefined) return key;
  const word = surface.replace(/['’]s$/i, '');
  const upper = word.replace(/[^A-Z]/g, '').length;
  if (upper >= 2 || (upper === 1 && !/^[A-Z]/.test(word))) {
    key = (word.length > 3 ? word.replace(/s$/, '') : word).toLowerCase();
  } else {
    const lower = word.toLowerCase();
    key = /[^a-z]/.test(lower) ? lower : PorterStemmer.stem(lower);
  }
  if (cache.size > 200_000) cache.clear();
  cache.set(surface, key);
  return key;
}
