/**
 * The Damerau-Levenshtein distance of two strings: the fewest insertions, deletions, substitutions and
 * transpositions of two adjacent characters that turn `a` into `b`, where a transposed pair may also have
 * characters inserted between it (the unrestricted distance of Lowrance and Wagner, which is a metric; the
 * "optimal string alignment" variant is not). By UTF-16 code unit; O(|a| |b|) time and space.
 */
export function damerauLevenshtein(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (m === 0) return n;
  if (n === 0) return m;
  const infinity = m + n;
  // d[(i + 1) * w + (j + 1)] is the distance of a's first i and b's first j characters; row and column 0 are the sentinel.
  const w = n + 2;
  const d = new Int32Array((m + 2) * w);
  d[0] = infinity;
  for (let i = 0; i <= m; i++) {
    d[(i + 1) * w] = infinity;
    d[(i + 1) * w + 1] = i;
  }
  for (let j = 0; j <= n; j++) {
    d[j + 1] = infinity;
    d[w + j + 1] = j;
  }
  // The last row (1-based) of a where each character occurs, before the current row.
  const lastRow = new Map<number, number>();
  for (let i = 1; i <= m; i++) {
    const ai = a.charCodeAt(i - 1);
    let lastColumn = 0;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      const k = lastRow.get(bj) ?? 0;
      const l = lastColumn;
      let cost = 1;
      if (ai === bj) {
        cost = 0;
        lastColumn = j;
      }
      d[(i + 1) * w + j + 1] = Math.min(
        d[i * w + j]! + cost,
        d[(i + 1) * w + j]! + 1,
        d[i * w + j + 1]! + 1,
        d[k * w + l]! + (i - k - 1) + 1 + (j - l - 1),
      );
    }
    lastRow.set(ai, i);
  }
  return d[(m + 1) * w + n + 1]!;
}
