// Letters, digits, `_`, apostrophes (' ’) and hyphens make words; everything else separates them.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit: 0 not yet known, 1 a word character, 2 not (surrogates are judged in pairs, never here). */
const kind = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) kind[c] = 2;
for (let c = 48; c <= 57; c++) kind[c] = 1;
for (let c = 65; c <= 90; c++) kind[c] = 1;
for (let c = 97; c <= 122; c++) kind[c] = 1;
kind[95] = 1;
kind[39] = 1;
kind[45] = 1;
kind[0x2019] = 1;

function learn(c: number): number {
  const k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  kind[c] = k;
  return k;
}

/** Words are runs of letters, digits, apostrophes and hyphens. One pass, a table lookup per character. */
export function countWords(text: string): number {
  let n = 0;
  let previous = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    let word: number;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      const paired = d >= 0xdc00 && d <= 0xdfff;
      word = paired && LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 1 : 0;
      if (paired) i++;
    } else {
      let k = kind[c]!;
      if (k === 0) k = learn(c);
      word = k & 1;
    }
    // A word starts where a word character follows a separator.
    n += word & (previous ^ 1);
    previous = word;
  }
  return n;
}
