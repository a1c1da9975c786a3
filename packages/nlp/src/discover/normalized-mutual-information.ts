/**
 * Normalised mutual information between two labellings of the same items (arithmetic-mean normalisation, as in
 * scikit-learn): 1 where they agree up to the names of the labels, near 0 where they are independent.
 */
export function normalizedMutualInformation(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  if (a.length !== b.length)
    throw new TypeError(`normalizedMutualInformation: labellings of different lengths (${a.length}, ${b.length})`);
  const n = a.length;
  if (n === 0) return 0;
  const count = <T>(m: Map<T, number>, key: T) => m.set(key, (m.get(key) ?? 0) + 1);
  const ca = new Map<string | number, number>();
  const cb = new Map<string | number, number>();
  const joint = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    count(ca, a[i]!);
    count(cb, b[i]!);
    count(joint, JSON.stringify([a[i], b[i]]));
  }
  const entropy = (m: Map<unknown, number>) => [...m.values()].reduce((h, c) => h - (c / n) * Math.log(c / n), 0);
  let mi = 0;
  for (const [key, c] of joint) {
    const [x, y] = JSON.parse(key) as [string | number, string | number];
    mi += (c / n) * Math.log((c * n) / (ca.get(x)! * cb.get(y)!));
  }
  const [ha, hb] = [entropy(ca), entropy(cb)];
  if (ha === 0 && hb === 0) return 1;
  const denominator = (ha + hb) / 2;
  return denominator > 0 ? Math.max(0, mi / denominator) : 0;
}
