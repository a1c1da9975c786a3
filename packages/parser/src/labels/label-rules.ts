const PLACEHOLDERS = new Set(['speaker', 'unknown', 'unknown speaker', 'unidentified speaker', '?', '??', '-']);

const LEADING = new Set(['"', "'", '“', '”', '‘', '’', '*', '_', '>', ' ']);
const TRAILING = new Set(['"', "'", '“', '”', '‘', '’', '*', '_', ' ', ':', '.', ',', ';', '!', '?', '-', '–', '—']);

/** A label as written, less white space, quotes, markup stars and trailing punctuation (`Alexey:` -> `Alexey`). */
export function cleanLabel(label: string): string {
  // Trimmed by hand: `[...]+$` patterns backtrack quadratically over a long run (a fuzzed label of spaces).
  const t = label.replace(/\s+/g, ' ');
  let a = 0;
  let b = t.length;
  while (a < b && LEADING.has(t[a]!)) a++;
  while (b > a && TRAILING.has(t[b - 1]!)) b--;
  return t.slice(a, b).trim();
}

/** Names have at most four words and 40 characters; a longer label is really a sentence. */
export function isNameLike(label: string): boolean {
  const t = label.trim();
  return t.length > 0 && t.length <= 40 && t.split(/\s+/).length <= 4;
}

/** Labels that say no more than "someone": `Speaker`, `Unknown`. */
export function isPlaceholderLabel(label: string): boolean {
  return PLACEHOLDERS.has(cleanLabel(label).toLowerCase());
}
