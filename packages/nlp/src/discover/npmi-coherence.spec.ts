import { expect, it } from 'vitest';
import { npmiCoherence } from './npmi-coherence.js';

const docs = [Int32Array.of(0, 1), Int32Array.of(0, 1), Int32Array.of(2, 3), Int32Array.of(1, 2)];

it('npmiCoherence(topics, documents, n) is 1 for terms always together and -1 for terms never together', () => {
  expect(npmiCoherence([[0, 1]], docs, 4)).toBeCloseTo(1, 9);
  expect(npmiCoherence([[0, 2]], docs, 4)).toBe(-1);
  expect(
    npmiCoherence(
      [
        [0, 1],
        [0, 2],
      ],
      docs,
      4,
    ),
  ).toBeCloseTo(0, 9);
});

it('npmiCoherence(topics, documents, n) is 0 for independent terms and ignores topics of one term', () => {
  expect(
    npmiCoherence([[0, 3]], [Int32Array.of(0, 1), Int32Array.of(0, 2), Int32Array.of(), Int32Array.of(0, 3)], 4),
  ).toBeCloseTo(0, 9);
  expect(npmiCoherence([[0]], docs, 4)).toBe(0);
});
