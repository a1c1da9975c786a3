import type { SparseVector } from './sparse-vector.js';

/**
 * The Gram matrix `K[a * n + b] = x_a · x_b` of `n` sparse vectors over `features` features, row-major and
 * symmetric. Built feature by feature (each feature's documents pairwise), so its cost is the sum of the
 * squared document frequencies, not `n^2` dot products.
 */
export function gramMatrix(rows: readonly SparseVector[], features: number): Float64Array {
  const n = rows.length;
  const count = new Int32Array(features + 1);
  for (const x of rows) for (let j = 0; j < x.index.length; j++) count[x.index[j]! + 1]!++;
  for (let f = 0; f < features; f++) count[f + 1]! += count[f]!;
  // Column-major copy of the rows: for each feature, the documents that have it and their values.
  const docOf = new Int32Array(count[features]!);
  const valueOf = new Float64Array(count[features]!);
  const fill = count.slice(0, features);
  rows.forEach((x, d) => {
    for (let j = 0; j < x.index.length; j++) {
      const at = fill[x.index[j]!]!++;
      docOf[at] = d;
      valueOf[at] = x.value[j]!;
    }
  });
  const K = new Float64Array(n * n);
  for (let f = 0; f < features; f++) {
    for (let p = count[f]!; p < count[f + 1]!; p++) {
      const a = docOf[p]!;
      const va = valueOf[p]!;
      // Documents come in increasing order within a feature: fill the upper triangle, mirror below.
      for (let q = p; q < count[f + 1]!; q++) K[a * n + docOf[q]!]! += va * valueOf[q]!;
    }
  }
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) K[b * n + a] = K[a * n + b]!;
  return K;
}
