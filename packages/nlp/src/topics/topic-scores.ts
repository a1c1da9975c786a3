import type { TermOccurrence } from '../text/analyze-episode.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';

/** Raw taxonomy evidence per topic: the sum over its terms of weight x log(1 + times said). */
export function topicScores(occurrences: readonly TermOccurrence[], compiled: CompiledTaxonomy): Float64Array {
  const counts = new Map<string, number>();
  for (const o of occurrences) {
    if (compiled.terms.has(o.key)) counts.set(o.key, (counts.get(o.key) ?? 0) + 1);
  }
  const scores = new Float64Array(compiled.ids.length);
  for (const [key, count] of counts) {
    for (const [topic, weight] of compiled.terms.get(key)!) scores[topic]! += weight * Math.log1p(count);
  }
  return scores;
}
