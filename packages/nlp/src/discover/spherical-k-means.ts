import { random } from './random.js';

export interface SphericalKMeansOptions {
  k: number;
  seed?: number;
  /** Runs from different seedings; the one with the best objective is kept. Default 3. */
  restarts?: number;
  iterations?: number;
}

function unit(m: Float64Array, rows: number, width: number): Float64Array {
  const out = new Float64Array(m.length);
  for (let i = 0; i < rows; i++) {
    let n = 0;
    for (let c = 0; c < width; c++) n += m[i * width + c]! ** 2;
    n = Math.sqrt(n) || 1;
    for (let c = 0; c < width; c++) out[i * width + c] = m[i * width + c]! / n;
  }
  return out;
}

/**
 * Spherical k-means on the rows of a dense row-major matrix (cosine similarity), seeded by k-means++ from a
 * seeded generator, so that the same input gives the same clusters. Returns each row's cluster and the objective
 * (the summed cosine of the rows to their centroids).
 */
export function sphericalKMeans(
  points: Float64Array,
  width: number,
  options: SphericalKMeansOptions,
): { assign: Int32Array; objective: number } {
  const rows = Math.floor(points.length / width);
  const k = Math.max(1, Math.min(options.k, rows));
  const x = unit(points, rows, width);
  const next = random(options.seed ?? 1);
  const dot = (a: Float64Array, i: number, b: Float64Array, j: number) => {
    let s = 0;
    for (let c = 0; c < width; c++) s += a[i * width + c]! * b[j * width + c]!;
    return s;
  };
  let best = { assign: new Int32Array(rows), objective: -Infinity };
  for (let run = 0; run < Math.max(1, options.restarts ?? 3); run++) {
    const centroids = new Float64Array(k * width);
    // k-means++: each next seed drawn with probability proportional to its (cosine) distance from the nearest seed.
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
    for (let it = 0; it < (options.iterations ?? 30); it++) {
      let moved = 0;
      objective = 0;
      for (let i = 0; i < rows; i++) {
        const o = i * width;
        let arg = 0;
        let top = -Infinity;
        for (let c = 0, b = 0; c < k; c++, b += width) {
          let s = 0;
          for (let f = 0; f < width; f++) s += x[o + f]! * centroids[b + f]!;
          if (s > top) {
            top = s;
            arg = c;
          }
        }
        objective += top;
        if (assign[i] !== arg) moved++;
        assign[i] = arg;
      }
      if (moved === 0) break;
      centroids.fill(0);
      for (let i = 0; i < rows; i++)
        for (let c = 0, b = assign[i]! * width, o = i * width; c < width; c++) centroids[b + c]! += x[o + c]!;
      centroids.set(unit(centroids, k, width));
    }
    if (objective > best.objective) best = { assign: assign.slice(), objective };
  }
  return best;
}
