/**
 * The key of a phrase as written, inflection aside: lower case, straight apostrophes, no possessive
 * `'s`, plurals made singular. Unlike Porter stems it keeps apart words that merely share a root
 * (community and communication, organizer and organization, product and production, founder and found).
 */
export function lightKey(phrase: string): string {
  const known = cache.get(phrase);
  if (known !== undefined) return known;
  let out = '';
  for (const raw of phrase.toLowerCase().replace(/’/g, "'").split(/\s+/)) {
    if (!raw) continue;
    let w = raw.endsWith("'s") ? raw.slice(0, -2) : raw;
    if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
    else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
    out = out ? `${out} ${w}` : w;
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(phrase, out);
  return out;
}

const cache = new Map<string, string>();
