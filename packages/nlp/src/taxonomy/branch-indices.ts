import type { CompiledTaxonomy } from './compile-taxonomy.js';

/** Indices of the top-level topics (no `branch`) or of the children of topic `branch`; `caller` names the call in errors. */
export function branchIndices(compiled: CompiledTaxonomy, branch: string | undefined, caller: string): number[] {
  const parent = branch === undefined ? -1 : compiled.ids.indexOf(branch);
  if (branch !== undefined && parent < 0)
    throw new TypeError(`${caller}: unknown branch '${String(branch)}' (not a topic id of the taxonomy)`);
  const list: number[] = [];
  for (let i = 0; i < compiled.ids.length; i++) if (compiled.parents[i] === parent) list.push(i);
  return list;
}
