/** A sparse matrix by rows (CSR): row `i` holds `value[j]` in column `column[j]` for `start[i] <= j < start[i + 1]`. */
export interface SparseRows {
  rows: number;
  columns: number;
  start: Int32Array;
  column: Int32Array;
  value: Float64Array;
}

/** Rows given as (column, value) entries (a column -> value map, or an array of pairs), each scaled to unit length. */
export function sparseRows(rows: readonly Iterable<readonly [number, number]>[], columns: number): SparseRows {
  const entries = rows.map((r) => [...r]);
  let nnz = 0;
  for (const r of entries) nnz += r.length;
  const start = new Int32Array(rows.length + 1);
  const column = new Int32Array(nnz);
  const value = new Float64Array(nnz);
  let j = 0;
  entries.forEach((r, i) => {
    start[i] = j;
    let norm = 0;
    for (const [, v] of r) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (const [c, v] of r.sort((a, b) => a[0] - b[0])) {
      column[j] = c;
      value[j++] = v / norm;
    }
  });
  start[rows.length] = j;
  return { rows: rows.length, columns, start, column, value };
}
