import type { SearchKey } from './search-keys.js';

/** Every place where `phrase` (a run of keys) occurs in `keys`: the index of its first key. */
export function findPhrase(keys: readonly SearchKey[] | readonly string[], phrase: readonly string[]): number[] {
  const at: number[] = [];
  if (phrase.length === 0) return at;
  const keyAt = (i: number) => {
    const k = keys[i]!;
    return typeof k === 'string' ? k : k.key;
  };
  for (let i = 0; i + phrase.length <= keys.length; i++) {
    let j = 0;
    while (j < phrase.length && keyAt(i + j) === phrase[j]) j++;
    if (j === phrase.length) at.push(i);
  }
  return at;
}
