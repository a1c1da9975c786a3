import { expect, it } from 'vitest';
import { kthLargest } from './kth-largest.js';
import { random } from './random.js';

it('kthLargest(values, rank) is what a full sort gives at that rank, with repeats, and leaves values alone', () => {
  const next = random(5);
  for (const length of [1, 2, 3, 10, 101, 1000]) {
    for (const spread of [3, 1000]) {
      const values = Array.from({ length }, () => Math.floor(next() * spread) / 7);
      const before = [...values];
      const sorted = Float64Array.from(values).sort();
      for (const rank of new Set([1, 2, Math.ceil(length / 2), length].filter((r) => r >= 1 && r <= length)))
        expect(kthLargest(values, rank)).toBe(sorted[length - rank]);
      expect(values).toEqual(before);
    }
  }
});

it('kthLargest(values, rank) is a RangeError outside 1 to the length', () => {
  expect(() => kthLargest([1, 2], 0)).toThrow(/kthLargest: rank must be 1 to 2, got 0/);
  expect(() => kthLargest([1, 2], 3)).toThrow(RangeError);
});
