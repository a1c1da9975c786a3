import { expect, it } from 'vitest';
import { sphericalKMeans } from './spherical-k-means.js';
import { random } from './random.js';

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

/** Lloyd's algorithm as sphericalKMeans ran it before Hamerly's bounds: every cosine of every row in every iteration. */
function lloyd(points: Float64Array, width: number, k: number, seed: number, restarts = 3, iterations = 30) {
  const rows = points.length / width;
  const unit = (m: Float64Array, n: number) => {
    const out = new Float64Array(m.length);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let c = 0; c < width; c++) s += m[i * width + c]! ** 2;
      s = Math.sqrt(s) || 1;
      for (let c = 0; c < width; c++) out[i * width + c] = m[i * width + c]! / s;
    }
    return out;
  };
  const x = unit(points, rows);
  const next = random(seed);
  const dot = (a: Float64Array, i: number, b: Float64Array, j: number) => {
    let s = 0;
    for (let c = 0; c < width; c++) s += a[i * width + c]! * b[j * width + c]!;
    return s;
  };
  let best = { assign: new Int32Array(rows), objective: -Infinity };
  for (let run = 0; run < restarts; run++) {
    let centroids = new Float64Array(k * width);
    const near = new Float64Array(rows).fill(Infinity);
    let pick = Math.floor(next() * rows);
    for (let c = 0; c < k; c++) {
      centroids.set(x.subarray(pick * width, (pick + 1) * width), c * width);
      let total = 0;
      for (let i = 0; i < rows; i++) {
        near[i] = Math.min(near[i]!, Math.max(0, 1 - dot(x, i, centroids, c)));
        total += near[i]!;
      }
      let r = next() * total;
      pick = 0;
      for (let i = 0; i < rows; i++) {
        r -= near[i]!;
        if (r <= 0 && near[i]! > 0) {
          pick = i;
          break;
        }
      }
    }
    const assign = new Int32Array(rows).fill(-1);
    let objective = 0;
    for (let it = 0; it < iterations; it++) {
      let moved = 0;
      objective = 0;
      for (let i = 0; i < rows; i++) {
        let arg = 0;
        let top = -Infinity;
        for (let c = 0; c < k; c++) {
          const s = dot(x, i, centroids, c);
          if (s > top) [top, arg] = [s, c];
        }
        objective += top;
        if (assign[i] !== arg) moved++;
        assign[i] = arg;
      }
      if (moved === 0) break;
      const sums = new Float64Array(k * width);
      for (let i = 0; i < rows; i++) for (let c = 0; c < width; c++) sums[assign[i]! * width + c]! += x[i * width + c]!;
      centroids = unit(sums, k);
    }
    if (objective > best.objective) best = { assign: assign.slice(), objective };
  }
  return best;
}

it("sphericalKMeans(points, width, {k}) assigns as Lloyd's algorithm does, to the bit", () => {
  const next = random(11);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  for (const [rows, width, k, spread] of [
    [600, 12, 9, 0.6],
    [400, 30, 25, 2],
    [300, 5, 4, 0.2],
    [50, 3, 40, 1],
  ] as const) {
    // Rows around a few directions, some of them exact repeats, and k near or above the rows in the last case.
    const centres = Array.from({ length: 6 }, () => Array.from({ length: width }, gaussian));
    const points = new Float64Array(rows * width);
    for (let i = 0; i < rows; i++)
      for (let c = 0; c < width; c++)
        points[i * width + c] = i % 7 === 0 ? centres[0]![c]! : centres[i % 6]![c]! + spread * gaussian();
    for (const seed of [1, 2]) {
      const got = sphericalKMeans(points, width, { k, seed });
      const want = lloyd(points, width, Math.min(k, rows), seed);
      expect(got.assign).toEqual(want.assign);
      expect(got.objective).toBe(want.objective);
    }
  }
});
