import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';

/** Each topic's score plus the rolled-up scores of its children: a parent holds its own evidence and its branch's. */
export function rollUpScores(own: ArrayLike<number>, compiled: CompiledTaxonomy): Float64Array {
  const total = Float64Array.from(own);
  for (const i of compiled.rollUpOrder) {
    const p = compiled.parents[i]!;
    if (p >= 0) total[p]! += total[i]!;
  }
  return total;
}
