import { clusterTerms, type DiscoveryCorpus } from './cluster-terms.js';
import { npmiCoherence } from './npmi-coherence.js';
import type { SparseRows } from './sparse-rows.js';
import { sphericalKMeans } from './spherical-k-means.js';

export interface TopicCandidate {
  /** The number of clusters asked for. */
  k: number;
  /** Mean NPMI coherence of the clusters' top ten terms, over the restarts. */
  coherence: number;
  /** The clusters of the restart with the best k-means objective (empty ones dropped), and how many there are. */
  assign: Int32Array;
  clusters: number;
}

const postings = new WeakMap<SparseRows, Int32Array[]>();

/** The segments (rows of `x`) that hold each term (column), ascending; one list per matrix, kept while it lives. */
export function termSegments(x: SparseRows): Int32Array[] {
  let lists = postings.get(x);
  if (lists) return lists;
  const sizes = new Int32Array(x.columns);
  for (let j = 0; j < x.column.length; j++) sizes[x.column[j]!]!++;
  lists = Array.from(sizes, (size) => new Int32Array(size));
  const fill = new Int32Array(x.columns);
  for (let i = 0; i < x.rows; i++)
    for (let j = x.start[i]!; j < x.start[i + 1]!; j++) lists[x.column[j]!]![fill[x.column[j]!]!++] = i;
  postings.set(x, lists);
  return lists;
}

/** Seedings per number of clusters: the criterion is their mean coherence (one run's is noisy). */
export const RESTARTS = 3;

/**
 * One number of topics tried by `discoverTopics`: the segments clustered by spherical k-means from RESTARTS
 * seedings, the criterion their mean NPMI coherence, the clustering kept the run with the best k-means objective.
 */
export function topicCandidate(corpus: DiscoveryCorpus, k: number): TopicCandidate {
  const n = corpus.x.rows;
  let sum = 0;
  let best: { clusters: number; assign: Int32Array; objective: number } | undefined;
  for (let r = 0; r < RESTARTS; r++) {
    const { assign, objective } = sphericalKMeans(corpus.embedding, corpus.width, {
      k,
      seed: corpus.seed * 7919 + k * 31 + r,
      restarts: 1,
    });
    // Clusters left empty are dropped, so that k is the number of topics really found.
    const used = [...new Set(assign)].sort((a, b) => a - b);
    if (used.length < k) {
      const renumber = new Map(used.map((c, i) => [c, i]));
      for (let i = 0; i < n; i++) assign[i] = renumber.get(assign[i]!)!;
    }
    sum += npmiCoherence(clusterTerms(corpus, assign, used.length, 10), termSegments(corpus.x), n);
    if (!best || objective > best.objective) best = { clusters: used.length, assign, objective };
  }
  return { k, coherence: sum / RESTARTS, assign: best!.assign, clusters: best!.clusters };
}
