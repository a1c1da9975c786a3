import { expect, it } from 'vitest';
import { latentSemanticSpace } from './latent-semantic-space.js';
import { sparseRows } from './sparse-rows.js';

const cosine = (e: Float64Array, w: number, i: number, j: number) => {
  let [d, a, b] = [0, 0, 0];
  for (let c = 0; c < w; c++) {
    d += e[i * w + c]! * e[j * w + c]!;
    a += e[i * w + c]! ** 2;
    b += e[j * w + c]! ** 2;
  }
  return d / Math.sqrt(a * b);
};

it('latentSemanticSpace(x, {dimensions}) keeps the cosines of rows when the rank fits', () => {
  const x = sparseRows(
    [
      new Map([
        [0, 1],
        [1, 1],
      ]),
      new Map([
        [0, 2],
        [1, 2],
      ]),
      new Map([[2, 1]]),
      new Map([
        [1, 1],
        [2, 1],
      ]),
    ],
    3,
  );
  const { embedding, width } = latentSemanticSpace(x, { dimensions: 3, seed: 5 });
  expect(width).toBe(3);
  expect(cosine(embedding, width, 0, 1)).toBeCloseTo(1, 6);
  expect(cosine(embedding, width, 0, 2)).toBeCloseTo(0, 6);
  expect(cosine(embedding, width, 0, 3)).toBeCloseTo(0.5, 6);
});

it('latentSemanticSpace(x, {dimensions}) merges the rows that share the strongest direction when it must cut', () => {
  const x = sparseRows(
    [
      new Map([[0, 1]]),
      new Map([
        [0, 1],
        [1, 0.1],
      ]),
      new Map([[2, 1]]),
    ],
    3,
  );
  const { embedding, width } = latentSemanticSpace(x, { dimensions: 1, seed: 5 });
  expect(width).toBe(1);
  expect(cosine(embedding, width, 0, 1)).toBeCloseTo(1, 6);
});
