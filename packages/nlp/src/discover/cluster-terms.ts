import { kthLargest } from './kth-largest.js';
import type { SparseRows } from './sparse-rows.js';

/** What clustering the segments of a corpus needs, as plain data (it survives `postMessage`). */
export interface DiscoveryCorpus {
  /** Term keys, the columns of `x`. */
  terms: string[];
  /** The segments' unit TF-IDF rows. */
  x: SparseRows;
  /** The times each stored entry of `x` is said, in `x`'s order. */
  counts: Float64Array;
  /** Each term's weight in the labels: 1.4 for a two-word phrase, else 1. */
  boost: Float64Array;
  /** The segments in the latent semantic space, row-major, `width` wide. */
  embedding: Float64Array;
  width: number;
  /** Seed of the clusters' seeding. */
  seed: number;
}

function contains(longer: string, shorter: string): boolean {
  return ` ${longer} `.includes(` ${shorter} `);
}

/**
 * The top terms of each of `k` clusters (`assign` gives each segment's) by c-TF-IDF: a term's frequency in the
 * cluster against its frequency in all of them, two-word phrases weighed up by 1.4; a term inside or around a term
 * already picked is passed over. Best first, at most `limit` a cluster.
 */
export function clusterTerms(corpus: DiscoveryCorpus, assign: Int32Array, k: number, limit: number): number[][] {
  const { terms, x, counts, boost } = corpus;
  const n = x.rows;
  const width = terms.length;
  // Each term's count over all segments, and the words of each cluster, summed in the segments' order.
  const totals = new Float64Array(width);
  const classWords = new Float64Array(k);
  for (let i = 0; i < n; i++)
    for (let j = x.start[i]!; j < x.start[i + 1]!; j++) {
      totals[x.column[j]!]! += counts[j]!;
      classWords[assign[i]!]! += counts[j]!;
    }
  const averageWords = classWords.reduce((a, b) => a + b, 0) / k;
  // The segments of each cluster, in order (a counting sort of `assign`).
  const first = new Int32Array(k + 1);
  for (let i = 0; i < n; i++) first[assign[i]! + 1]!++;
  for (let c = 0; c < k; c++) first[c + 1]! += first[c]!;
  const members = new Int32Array(n);
  const fill = first.slice(0, k);
  for (let i = 0; i < n; i++) members[fill[assign[i]!]!++] = i;
  // The factors of a term's score that do not depend on its cluster, computed once per term used.
  const rarity = new Float64Array(width).fill(NaN);
  // One cluster's counts at a time, over every term, cleared after use.
  const classCounts = new Float64Array(width);
  return Array.from({ length: k }, (_, c) => {
    // The cluster's terms in order of first use, and their counts.
    const list: number[] = [];
    for (let m = first[c]!; m < first[c + 1]!; m++) {
      const i = members[m]!;
      for (let j = x.start[i]!; j < x.start[i + 1]!; j++) {
        const t = x.column[j]!;
        if (classCounts[t] === 0) list.push(t);
        classCounts[t]! += counts[j]!;
      }
    }
    const scores = new Float64Array(list.length);
    const words = classWords[c] || 1;
    for (let i = 0; i < list.length; i++) {
      const j = list[i]!;
      let r = rarity[j]!;
      if (r !== r) r = rarity[j] = Math.log(1 + averageWords / totals[j]!);
      scores[i] = (classCounts[j]! / words) * r * boost[j]!;
      classCounts[j] = 0;
    }
    const pick = (floor: number): number[] | undefined => {
      const ranked: { j: number; score: number }[] = [];
      for (let i = 0; i < list.length; i++) if (scores[i]! >= floor) ranked.push({ j: list[i]!, score: scores[i]! });
      ranked.sort((a, b) => b.score - a.score || a.j - b.j);
      const picked: number[] = [];
      for (const r of ranked) {
        if (picked.length >= limit) break;
        if (picked.some((p) => contains(terms[p]!, terms[r.j]!) || contains(terms[r.j]!, terms[p]!))) continue;
        picked.push(r.j);
      }
      // Too few picked above the floor: terms below it might have been picked, so rank them all.
      return picked.length >= limit || floor === -Infinity ? picked : undefined;
    };
    // Only the best few are ranked (quickselect finds the floor): sorting every term was most of the time.
    const few = limit * 8 + 16;
    if (list.length <= few) return pick(-Infinity)!;
    return pick(kthLargest(scores, few)) ?? pick(-Infinity)!;
  });
}
