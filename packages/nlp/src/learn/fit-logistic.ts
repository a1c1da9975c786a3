import type { SparseVector } from './sparse-vector.js';

export interface FitLogisticOptions {
  iterations: number;
  l2: number;
  rate: number;
}

/** Labels fitted together: one pass over a row of the Gram matrix serves four of them. */
const BLOCK = 4;

/**
 * One L2-regularised logistic regression per label vector of `labels` (each `y[d]` 0 or 1) on the rows `X`, by
 * `iterations` steps of batch gradient descent from zero weights: `w <- w - rate * (X^T (p - y) / n + l2 * w)`,
 * the bias likewise without the penalty, started at the log-odds of the labels.
 *
 * Computed in the dual: every step keeps `w = X^T alpha`, so a step only needs the scores `K alpha` from the
 * Gram matrix `K = X X^T` (`gramMatrix`), `n^2` operations instead of a pass over every non-zero feature, and the
 * weights are formed once at the end. The steps are those of the primal, up to rounding.
 */
export function fitLogistic(
  X: readonly SparseVector[],
  K: Float64Array,
  labels: readonly ArrayLike<number>[],
  features: number,
  { iterations, l2, rate }: FitLogisticOptions,
): { weights: Float64Array; bias: number }[] {
  const n = X.length;
  const out: { weights: Float64Array; bias: number }[] = [];
  for (let first = 0; first < labels.length; first += BLOCK) {
    // y and alpha of the block interleaved (`[d * BLOCK + l]`); a short last block is padded with all-zero labels.
    const y = new Float64Array(n * BLOCK);
    const count = Math.min(BLOCK, labels.length - first);
    for (let l = 0; l < count; l++) for (let d = 0; d < n; d++) y[d * BLOCK + l] = labels[first + l]![d]!;
    const alpha = descend(K, n, y, iterations, 1 - rate * l2, rate / n);
    for (let l = 0; l < count; l++) {
      const weights = new Float64Array(features);
      X.forEach((x, d) => {
        const a = alpha.alpha[d * BLOCK + l]!;
        for (let j = 0; j < x.index.length; j++) weights[x.index[j]!]! += a * x.value[j]!;
      });
      out.push({ weights, bias: alpha.bias[l]! });
    }
  }
  return out;
}

function descend(
  K: Float64Array,
  n: number,
  y: Float64Array,
  iterations: number,
  shrink: number,
  step: number,
): { alpha: Float64Array; bias: Float64Array } {
  const bias = new Float64Array(BLOCK);
  for (let l = 0; l < BLOCK; l++) {
    let positives = 0;
    for (let d = 0; d < n; d++) positives += y[d * BLOCK + l]!;
    bias[l] = Math.log((positives + 0.5) / (n - positives + 0.5));
  }
  const alpha = new Float64Array(n * BLOCK);
  const err = new Float64Array(n * BLOCK);
  for (let it = 0; it < iterations; it++) {
    let g0 = 0;
    let g1 = 0;
    let g2 = 0;
    let g3 = 0;
    for (let d = 0; d < n; d++) {
      let z0 = bias[0]!;
      let z1 = bias[1]!;
      let z2 = bias[2]!;
      let z3 = bias[3]!;
      const row = d * n;
      for (let j = 0, a = 0; j < n; j++, a += BLOCK) {
        const k = K[row + j]!;
        z0 += k * alpha[a]!;
        z1 += k * alpha[a + 1]!;
        z2 += k * alpha[a + 2]!;
        z3 += k * alpha[a + 3]!;
      }
      const at = d * BLOCK;
      const e0 = 1 / (1 + Math.exp(-z0)) - y[at]!;
      const e1 = 1 / (1 + Math.exp(-z1)) - y[at + 1]!;
      const e2 = 1 / (1 + Math.exp(-z2)) - y[at + 2]!;
      const e3 = 1 / (1 + Math.exp(-z3)) - y[at + 3]!;
      err[at] = e0;
      err[at + 1] = e1;
      err[at + 2] = e2;
      err[at + 3] = e3;
      g0 += e0;
      g1 += e1;
      g2 += e2;
      g3 += e3;
    }
    for (let a = 0; a < n * BLOCK; a++) alpha[a] = alpha[a]! * shrink - step * err[a]!;
    bias[0]! -= step * g0;
    bias[1]! -= step * g1;
    bias[2]! -= step * g2;
    bias[3]! -= step * g3;
  }
  return { alpha, bias };
}
