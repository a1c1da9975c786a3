// Letters, digits, `_`, apostrophes (' ’) and hyphens make words; everything else separates them.
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;
ASCII_WORD[95] = 1;
ASCII_WORD[39] = 1;
ASCII_WORD[45] = 1;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per BMP code unit above ASCII: 0 not yet known, 1 a word character, 2 not. */
const known = new Uint8Array(0x10000);

/** Whether the code unit `c` at `i` (not ASCII) is a word character; a high surrogate is judged with its pair. */
function isWideWordChar(text: string, i: number, c: number): boolean {
  if (c === 0x2019) return true;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  const k = known[c]!;
  if (k !== 0) return k === 1;
  const yes = LETTER_OR_DIGIT.test(text[i]!);
  known[c] = yes ? 1 : 2;
  return yes;
}

/** Words are runs of letters, digits, apostrophes and hyphens. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const w = c < 128 ? ASCII_WORD[c] === 1 : isWideWordChar(text, i, c);
    if (w && !inWord) n++;
    inWord = w;
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return n;
}
