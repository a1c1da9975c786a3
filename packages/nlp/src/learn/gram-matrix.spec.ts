import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gramMatrix } from './gram-matrix.js';
import type { SparseVector } from './sparse-vector.js';

const sparse = (entries: [number, number][]): SparseVector => ({
  index: Int32Array.from(entries, ([f]) => f),
  value: Float64Array.from(entries, ([, v]) => v),
});

describe('gramMatrix', () => {
  it("gramMatrix(rows, features) holds every pair of rows' dot product, symmetric", () => {
    const rows = [
      sparse([
        [0, 1],
        [2, 2],
      ]),
      sparse([
        [2, 3],
        [1, 1],
      ]),
      sparse([]),
    ];
    expect(Array.from(gramMatrix(rows, 3))).toEqual([5, 6, 0, 6, 10, 0, 0, 0, 0]);
  });

  it('gramMatrix(rows) equals the dot products computed row by row (fast-check)', () => {
    const row = fc
      .uniqueArray(fc.tuple(fc.nat(19), fc.double({ min: -2, max: 2, noNaN: true })), {
        maxLength: 12,
        selector: ([f]) => f,
      })
      .map(sparse);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const K = gramMatrix(rows, 20);
        const dense = rows.map((x) => {
          const v = new Float64Array(20);
          x.index.forEach((f, j) => (v[f] = x.value[j]!));
          return v;
        });
        const n = rows.length;
        for (let a = 0; a < n; a++)
          for (let b = 0; b < n; b++)
            expect(K[a * n + b]).toBeCloseTo(
              dense[a]!.reduce((s, v, f) => s + v * dense[b]![f]!, 0),
              9,
            );
      }),
    );
  });
});
