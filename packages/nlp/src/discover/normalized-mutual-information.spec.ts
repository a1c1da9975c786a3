import { expect, it } from 'vitest';
import { normalizedMutualInformation } from './normalized-mutual-information.js';

it('normalizedMutualInformation(a, b) is 1 for the same partition under other names', () => {
  expect(normalizedMutualInformation([0, 0, 1, 1, 2], ['x', 'x', 'y', 'y', 'z'])).toBeCloseTo(1, 9);
});

it('normalizedMutualInformation(a, b) is 0 for independent labellings and checks lengths', () => {
  expect(normalizedMutualInformation([0, 0, 1, 1], ['a', 'b', 'a', 'b'])).toBeCloseTo(0, 9);
  expect(normalizedMutualInformation([0, 0, 0, 0], ['a', 'b', 'a', 'b'])).toBe(0);
  expect(() => normalizedMutualInformation([0], [])).toThrow(/different lengths/);
});

it('normalizedMutualInformation(a, b) divides the mutual information by the mean entropy', () => {
  // I = ln(3)/2 + ln(2)/3; H(a) = ln(6) - ln(3)/2 - ln(2)/3 (counts 2, 3, 1); H(b) = ln(3).
  const mi = Math.log(3) / 2 + Math.log(2) / 3;
  const expected = mi / ((Math.log(6) - mi + Math.log(3)) / 2);
  expect(normalizedMutualInformation([0, 0, 1, 1, 1, 2], [0, 0, 1, 1, 2, 2])).toBeCloseTo(expected, 12);
});
