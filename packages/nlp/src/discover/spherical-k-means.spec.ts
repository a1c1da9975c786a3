import { expect, it } from 'vitest';
import { sphericalKMeans } from './spherical-k-means.js';

const points = Float64Array.of(1, 0.1, 2, 0.3, 0.9, 0, 0.1, 1, 0, 3, 0.2, 1.5);

it('sphericalKMeans(points, width, {k}) groups rows by direction, the same on every run', () => {
  const { assign } = sphericalKMeans(points, 2, { k: 2, seed: 3 });
  expect(assign[0]).toBe(assign[1]);
  expect(assign[1]).toBe(assign[2]);
  expect(assign[3]).toBe(assign[4]);
  expect(assign[4]).toBe(assign[5]);
  expect(assign[0]).not.toBe(assign[3]);
  expect(sphericalKMeans(points, 2, { k: 2, seed: 3 })).toEqual(sphericalKMeans(points, 2, { k: 2, seed: 3 }));
});

it('sphericalKMeans(points, width, {k}) makes no more clusters than rows', () => {
  expect(sphericalKMeans(Float64Array.of(1, 0), 2, { k: 4 }).assign).toEqual(Int32Array.of(0));
});
