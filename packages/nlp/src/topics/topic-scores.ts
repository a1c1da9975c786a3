import type { TermOccurrence } from '../text/analyze-episode.js';
import { lightKey } from '../text/light-key.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';

/**
 * Raw taxonomy evidence per topic: the sum over its terms of weight x log(1 + times said). A term
 * counts where the words as said match it (inflection aside), not merely their Porter stems.
 */
export function topicScores(occurrences: readonly TermOccurrence[], compiled: CompiledTaxonomy): Float64Array {
  const counts = new Map<string, number>();
  for (const o of occurrences) {
    if (!compiled.terms.has(o.key)) continue;
    const form = lightKey(o.surface);
    if (compiled.forms.has(form)) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  const scores = new Float64Array(compiled.ids.length);
  for (const [form, count] of counts) {
    for (const [topic, weight] of compiled.forms.get(form)!) scores[topic]! += weight * Math.log1p(count);
  }
  return scores;
}
