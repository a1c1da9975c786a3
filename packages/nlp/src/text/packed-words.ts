/**
 * A sorted list of lower-case words (`[a-z][a-z']*`) packed by front coding: each word is the length of the prefix
 * it shares with the one before (one digit, at most 9) and the rest of it, with no separator (`abate abates
 * abdicate` -> `0abate5s2dicate`). Gzipped, the word-class table packs to three quarters of the space-separated
 * list: the browser pays for every byte of it.
 */
export function packWords(words: readonly string[]): string {
  let packed = '';
  let previous = '';
  for (const word of words) {
    if (!/^[a-z][a-z']*$/.test(word)) throw new Error(`packWords: '${word}' is not a lower-case word`);
    if (word <= previous) throw new Error(`packWords: '${word}' is out of order or repeated after '${previous}'`);
    let shared = 0;
    while (shared < 9 && shared < previous.length && word[shared] === previous[shared]) shared++;
    packed += `${shared}${word.slice(shared)}`;
    previous = word;
  }
  return packed;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** The words `packWords` packed, in their order. */
export function unpackWords(packed: string): string[] {
  const words: string[] = [];
  let previous = '';
  let i = 0;
  while (i < packed.length) {
    const shared = packed.charCodeAt(i) - 48;
    let end = i + 1;
    while (end < packed.length && !isDigit(packed.charCodeAt(end))) end++;
    previous = previous.slice(0, shared) + packed.slice(i + 1, end);
    words.push(previous);
    i = end;
  }
  return words;
}
