import type { Episode } from '@podlens/parser';
import { compileTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { defaultTaxonomy } from '../taxonomy/default-taxonomy.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { indexTerms } from '../text/index-terms.js';
import { topicScores } from '../topics/topic-scores.js';

export interface TopicFlowBin {
  start: number;
  end: number;
  /** Topic id to its share of the bin's evidence (0 to 1, summing to at most 1); a topic not in it scores 0 there. */
  scores: Record<string, number>;
}

export interface TopicFlow {
  binSeconds: number;
  topics: { id: string; label: string }[];
  bins: TopicFlowBin[];
}

export interface TopicFlowOptions {
  binSeconds?: number;
  /** Bins on each side averaged in (a triangular kernel); default 1, 0 for none. */
  smoothing?: number;
  taxonomy?: Taxonomy;
  /** Only what this speaker says. */
  speakerId?: string;
}

/** Topic scores per time bin of an episode on one grid, ready for a streamgraph. */
export function topicFlow(episode: Episode, options: TopicFlowOptions = {}): TopicFlow {
  const binSeconds = options.binSeconds ?? 120;
  if (!(binSeconds > 0))
    throw new TypeError(`topicFlow: binSeconds must be positive, got ${String(options.binSeconds)}`);
  const smoothing = Math.max(0, Math.floor(options.smoothing ?? 1));
  const compiled = compileTaxonomy(options.taxonomy ?? defaultTaxonomy);
  const count = Math.max(1, Math.ceil(episode.durationSeconds / binSeconds));
  const terms = indexTerms(episode);
  // Each bin's occurrences in order, by a counting sort (an array per bin grown by push deoptimised this loop on
  // every call): `order` holds bin b's from `first[b]` to `first[b + 1]`.
  const binOf = new Int32Array(terms.count).fill(-1);
  const first = new Int32Array(count + 1);
  for (let i = 0; i < terms.count; i++) {
    if (options.speakerId !== undefined && episode.turns[terms.turn[i]!]?.speakerId !== options.speakerId) continue;
    const b = Math.min(count - 1, Math.max(0, Math.floor(terms.time[i]! / binSeconds)));
    binOf[i] = b;
    first[b + 1]!++;
  }
  for (let b = 0; b < count; b++) first[b + 1]! += first[b]!;
  const order = new Int32Array(first[count]!);
  const fill = first.slice(0, count);
  for (let i = 0; i < terms.count; i++) if (binOf[i]! >= 0) order[fill[binOf[i]!]!++] = i;
  const raw = Array.from({ length: count }, (_, b) =>
    topicScores(terms, order.subarray(first[b]!, first[b + 1]!), compiled),
  );
  // The topics each bin scores (most of the taxonomy's are 0 in a bin), in index order: the smoothed sums, their
  // total and the scores add the same numbers in the same order as over every topic, without the zeros.
  const said = raw.map((r) => {
    const list: number[] = [];
    for (let t = 0; t < r.length; t++) if (r[t] !== 0) list.push(t);
    return list;
  });
  const sum = new Float64Array(compiled.ids.length);
  const touched = new Uint8Array(compiled.ids.length);
  const spoken: number[] = [];
  const bins: TopicFlowBin[] = raw.map((_, b) => {
    spoken.length = 0;
    for (let d = -smoothing; d <= smoothing; d++) {
      const r = raw[b + d];
      if (!r) continue;
      const w = smoothing + 1 - Math.abs(d);
      for (const t of said[b + d]!) {
        if (touched[t] === 0) {
          touched[t] = 1;
          sum[t] = 0;
          spoken.push(t);
        }
        sum[t]! += w * r[t]!;
      }
    }
    spoken.sort((x, y) => x - y);
    let total = 0;
    for (const t of spoken) total += sum[t]!;
    const scores: Record<string, number> = {};
    // Only the topics the bin speaks of: with a taxonomy of 141 topics, zeros were nine tenths of a summary's JSON.
    if (total > 0) {
      for (const t of spoken) {
        if (sum[t] === 0) continue;
        const share = Math.round((sum[t]! / total) * 1e4) / 1e4;
        if (share > 0) scores[compiled.ids[t]!] = share;
      }
    }
    for (const t of spoken) touched[t] = 0;
    return { start: b * binSeconds, end: Math.min(episode.durationSeconds, (b + 1) * binSeconds), scores };
  });
  return { binSeconds, topics: compiled.ids.map((id, i) => ({ id, label: compiled.labels[i]! })), bins };
}
