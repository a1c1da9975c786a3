import { random } from './random.js';
import type { SparseRows } from './sparse-rows.js';

/**
 * Orthonormalises the `width` columns of a row-major `height x width` matrix in place (modified Gram-Schmidt), on a
 * column-major copy: the same arithmetic in the same order, on contiguous memory.
 */
function orthonormalize(m: Float64Array, height: number, width: number): void {
  const t = new Float64Array(m.length);
  for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) t[c * height + r] = m[r * width + c]!;
  for (let c = 0; c < width; c++) {
    const col = c * height;
    for (let p = 0; p < c; p++) {
      const other = p * height;
      let dot = 0;
      for (let r = 0; r < height; r++) dot += t[col + r]! * t[other + r]!;
      for (let r = 0; r < height; r++) t[col + r]! -= dot * t[other + r]!;
    }
    let norm = 0;
    for (let r = 0; r < height; r++) norm += t[col + r]! ** 2;
    norm = Math.sqrt(norm);
    // A column with nothing left (rank below width) stays zero.
    for (let r = 0; r < height; r++) t[col + r] = norm > 1e-12 ? t[col + r]! / norm : 0;
  }
  for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) m[r * width + c] = t[c * height + r]!;
}

/** `x` (rows x columns) times a dense row-major `columns x width` matrix. */
function times(x: SparseRows, d: Float64Array, width: number): Float64Array {
  const out = new Float64Array(x.rows * width);
  for (let i = 0; i < x.rows; i++) {
    const o = i * width;
    for (let j = x.start[i]!; j < x.start[i + 1]!; j++) {
      const v = x.value[j]!;
      const b = x.column[j]! * width;
      for (let c = 0; c < width; c++) out[o + c]! += v * d[b + c]!;
    }
  }
  return out;
}

/** `x` transposed times a dense row-major `rows x width` matrix. */
function transposeTimes(x: SparseRows, d: Float64Array, width: number): Float64Array {
  const out = new Float64Array(x.columns * width);
  for (let i = 0; i < x.rows; i++) {
    const o = i * width;
    for (let j = x.start[i]!; j < x.start[i + 1]!; j++) {
      const v = x.value[j]!;
      const b = x.column[j]! * width;
      for (let c = 0; c < width; c++) out[b + c]! += v * d[o + c]!;
    }
  }
  return out;
}

/**
 * Latent semantic analysis: the rows of `x` projected onto (an orthonormal basis of) its top `dimensions` right
 * singular vectors, found by seeded subspace iteration. Returns a row-major `rows x width` matrix, width at most
 * `dimensions`; cosines between its rows are those between the rows' projections.
 */
export function latentSemanticSpace(
  x: SparseRows,
  options: { dimensions: number; iterations?: number; seed?: number },
): { embedding: Float64Array; width: number } {
  const width = Math.max(1, Math.min(options.dimensions, x.rows, x.columns));
  const next = random(options.seed ?? 1);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  let basis: Float64Array = Float64Array.from({ length: x.columns * width }, gaussian);
  for (let it = 0; it <= (options.iterations ?? 4); it++) {
    const y = times(x, basis, width);
    orthonormalize(y, x.rows, width);
    basis = transposeTimes(x, y, width);
    orthonormalize(basis, x.columns, width);
  }
  return { embedding: times(x, basis, width), width };
}
