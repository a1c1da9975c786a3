import { branchIndices } from '../taxonomy/branch-indices.js';
import { compileTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { defaultTaxonomy } from '../taxonomy/default-taxonomy.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { rollUpScores } from './roll-up-scores.js';

export interface TopicBranchOptions {
  taxonomy?: Taxonomy;
  /** A topic id: its children; none: the top-level topics. */
  branch?: string;
}

export interface BranchTopic {
  id: string;
  label: string;
  /** The topic's own score plus its descendants' (the scores given for ids below it). */
  score: number;
  /** How many children the topic has (0: a leaf, nothing to open). */
  children: number;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * Per-topic scores (an episode's `topics`, a topic-flow bin's `scores`, any id -> number) rolled up the taxonomy's
 * tree and read at one level: the top-level topics, or the children of `branch`, best first. Ids the taxonomy does
 * not know are left out.
 */
export function topicBranch(scores: Readonly<Record<string, number>>, options: TopicBranchOptions = {}): BranchTopic[] {
  const compiled = compileTaxonomy(options.taxonomy ?? defaultTaxonomy);
  const level = branchIndices(compiled, options.branch, 'topicBranch');
  const own = new Float64Array(compiled.ids.length);
  compiled.ids.forEach((id, i) => {
    const s = Object.hasOwn(scores, id) ? scores[id]! : 0;
    if (Number.isFinite(s)) own[i] = s;
  });
  const total = rollUpScores(own, compiled);
  const children = new Int32Array(compiled.ids.length);
  for (const p of compiled.parents) if (p >= 0) children[p]!++;
  return level
    .map((i) => ({ id: compiled.ids[i]!, label: compiled.labels[i]!, score: round(total[i]!), children: children[i]! }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
