/** A sparse vector: the indices of its non-zero entries and their values. */
export type SparseVector = { index: Int32Array; value: Float64Array };
