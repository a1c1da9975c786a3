const JOINER = /\s*(?:&|\band\b)\s*/iu;

/** A name in a joint label: one to four words, the first capitalised or a number (`Speaker 2`), at most 40 characters. */
const isPart = (part: string) =>
  part.length > 0 && part.length <= 40 && part.split(/\s+/).length <= 4 && /^[\p{Lu}\p{N}]/u.test(part);

/**
 * The names a joint label joins (`Adam & Jason`, `Jen Luker and Safia Abdalla`, `Safia, Jen, & Jason`), else
 * undefined: two or more names, each capitalised, joined by `&` or `and` (commas then also separate names; a comma
 * alone, as in `Smith, John`, does not).
 */
export function jointLabel(label: string): string[] | undefined {
  const t = label.replace(/\s+/g, ' ').trim();
  if (t.length > 200 || !JOINER.test(t)) return undefined;
  const parts = t
    .split(JOINER)
    .flatMap((p) => p.split(','))
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2 || !parts.every(isPart)) return undefined;
  return parts;
}
