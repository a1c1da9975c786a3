/**
 * The words of a text, by hand: the same words as `wordPattern` in tokenize.ts (a letter or digit, then letters,
 * digits, `'’&+#`, or one of `-/.` followed by a letter or digit), three times faster than the Unicode regex.
 * Calls `onWord(start, end, hash)` for each word (`hash` is `hashChars` of it); `scan-words.spec.ts` holds it equal to the regex.
 */
export function scanWords(text: string, onWord: (start: number, end: number, hash: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const w = alnumWidth(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    // FNV-1a of the word's code units, made on the way (see `hashChars`).
    let hash = Math.imul(0x811c9dc5 ^ text.charCodeAt(i), 0x01000193);
    if (w === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), 0x01000193);
    i += w;
    while (i < length) {
      const c = text.charCodeAt(i);
      const a = alnumWidth(text, i);
      if (a > 0) {
        hash = Math.imul(hash ^ c, 0x01000193);
        if (a === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), 0x01000193);
        i += a;
        continue;
      }
      // ' ’ & + #, or - / . between letters or digits
      if (
        c === 39 ||
        c === 0x2019 ||
        c === 38 ||
        c === 43 ||
        c === 35 ||
        ((c === 45 || c === 47 || c === 46) && i + 1 < length && alnumWidth(text, i + 1) > 0)
      ) {
        hash = Math.imul(hash ^ c, 0x01000193);
        i++;
        continue;
      }
      break;
    }
    onWord(start, i, hash);
  }
}

/** The hash `scanWords` gives a word: FNV-1a over its UTF-16 code units. */
export function hashChars(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit outside the surrogates: 0 not yet known, 1 a letter or digit, 2 not. */
const known = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) known[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** 1 or 2 (the code units it takes) where a letter or digit starts at `i`, else 0. */
function alnumWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const k = known[c]!;
  if (k === 1) return 1;
  if (k === 2) return 0;
  if (c >= 0xd800 && c <= 0xdfff) {
    if (c > 0xdbff) return 0;
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  const yes = LETTER_OR_DIGIT.test(String.fromCharCode(c));
  known[c] = yes ? 1 : 2;
  return yes ? 1 : 0;
}
