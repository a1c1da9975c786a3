const PLACEHOLDERS = new Set(['speaker', 'unknown', 'unknown speaker', 'unidentified speaker', '?', '??', '-']);

/** A label as written, less white space, quotes, markup stars and trailing punctuation (`Alexey:` -> `Alexey`). */
export function cleanLabel(label: string): string {
  return label
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“”‘’*_>\s]+|["'“”‘’*_\s]+$/g, '')
    .replace(/[\s:.,;!?\-–—]+$/u, '')
    .trim();
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
