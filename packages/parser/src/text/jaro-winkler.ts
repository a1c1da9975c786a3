/**
 * The Jaro similarity of two strings (1 equal, 0 nothing in common), compared by UTF-16 code unit: characters
 * match when equal and at most `floor(max length / 2) - 1` apart; half the matches out of order are transpositions.
 */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedA = new Uint8Array(a.length);
  const matchedB = new Uint8Array(b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const end = Math.min(i + window + 1, b.length);
    for (let k = Math.max(0, i - window); k < end; k++) {
      if (matchedB[k] || a.charCodeAt(i) !== b.charCodeAt(k)) continue;
      matchedA[i] = 1;
      matchedB[k] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let outOfOrder = 0;
  for (let i = 0, k = 0; i < a.length; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) outOfOrder++;
    k++;
  }
  return (matches / a.length + matches / b.length + (matches - outOfOrder / 2) / matches) / 3;
}

/**
 * The Jaro-Winkler similarity: Jaro raised by a tenth of the remaining distance for each of up to four
 * leading characters the strings share (always applied, as `natural`'s JaroWinklerDistance does).
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const j = jaro(a, b);
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a.charCodeAt(prefix) === b.charCodeAt(prefix))
    prefix++;
  return j + prefix * 0.1 * (1 - j);
}
