import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitLogistic } from './fit-logistic.js';
import { gramMatrix } from './gram-matrix.js';
import type { SparseVector } from './sparse-vector.js';

const sparse = (entries: [number, number][]): SparseVector => ({
  index: Int32Array.from(entries, ([f]) => f),
  value: Float64Array.from(entries, ([, v]) => v),
});

/** The reference: batch gradient descent on the weights themselves, a pass over every non-zero feature a step. */
function primal(X: SparseVector[], y: number[], features: number, iterations: number, l2: number, rate: number) {
  const n = X.length;
  const w = new Float64Array(features);
  const positives = y.reduce((a, b) => a + b, 0);
  let b = Math.log((positives + 0.5) / (n - positives + 0.5));
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(features);
    let gb = 0;
    X.forEach((x, d) => {
      let z = b;
      x.index.forEach((f, j) => (z += w[f]! * x.value[j]!));
      const err = 1 / (1 + Math.exp(-z)) - y[d]!;
      gb += err;
      x.index.forEach((f, j) => (grad[f]! += err * x.value[j]!));
    });
    for (let f = 0; f < features; f++) w[f]! -= rate * (grad[f]! / n + l2 * w[f]!);
    b -= rate * (gb / n);
  }
  return { weights: w, bias: b };
}

describe('fitLogistic', () => {
  it('fitLogistic(X, K, labels) separates two classes by the feature that tells them apart', () => {
    const X = [
      sparse([[0, 1]]),
      sparse([
        [0, 0.8],
        [2, 0.6],
      ]),
      sparse([[1, 1]]),
      sparse([
        [1, 0.8],
        [2, 0.6],
      ]),
    ];
    const [fit] = fitLogistic(X, gramMatrix(X, 3), [[1, 1, 0, 0]], 3, { iterations: 200, l2: 1e-3, rate: 2 });
    expect(fit!.weights[0]).toBeGreaterThan(1);
    expect(fit!.weights[1]).toBeLessThan(-1);
    expect(Math.abs(fit!.weights[2]!)).toBeLessThan(0.5);
  });

  it('fitLogistic(X, K, labels) takes the steps of gradient descent on the weights, for any number of labels (fast-check)', () => {
    const features = 15;
    const row = fc
      .uniqueArray(fc.tuple(fc.nat(features - 1), fc.double({ min: 0, max: 1, noNaN: true })), {
        minLength: 1,
        maxLength: 6,
        selector: ([f]) => f,
      })
      .map(sparse);
    const data = fc.array(row, { minLength: 2, maxLength: 9 }).chain((X) =>
      fc.tuple(
        fc.constant(X),
        fc.array(fc.array(fc.constantFrom(0, 1), { minLength: X.length, maxLength: X.length }), {
          minLength: 1,
          maxLength: 6,
        }),
      ),
    );
    fc.assert(
      fc.property(data, fc.integer({ min: 1, max: 40 }), ([X, labels], iterations) => {
        const fits = fitLogistic(X, gramMatrix(X, features), labels, features, { iterations, l2: 1e-3, rate: 2 });
        expect(fits).toHaveLength(labels.length);
        labels.forEach((y, l) => {
          const expected = primal(X, y, features, iterations, 1e-3, 2);
          expect(fits[l]!.bias).toBeCloseTo(expected.bias, 9);
          for (let f = 0; f < features; f++) expect(fits[l]!.weights[f]).toBeCloseTo(expected.weights[f]!, 9);
        });
      }),
      { numRuns: 200 },
    );
  });
});
