import type { EpisodeTerms } from '../text/analyze-episode.js';
import { lightKey } from '../text/light-key.js';
import type { Selection } from '../text/segment.js';
import type { CompiledTaxonomy } from '../taxonomy/compile-taxonomy.js';

/** Which of an episode's term keys a taxonomy has (1) or not (2), per taxonomy; 0 not yet known. */
const inTaxonomy = new WeakMap<EpisodeTerms, WeakMap<CompiledTaxonomy, Uint8Array>>();
function taxonomyTerms(terms: EpisodeTerms, compiled: CompiledTaxonomy): Uint8Array {
  let byTaxonomy = inTaxonomy.get(terms);
  if (!byTaxonomy) inTaxonomy.set(terms, (byTaxonomy = new WeakMap()));
  let known = byTaxonomy.get(compiled);
  if (!known) byTaxonomy.set(compiled, (known = new Uint8Array(terms.keys.length)));
  return known;
}

/**
 * Raw taxonomy evidence per topic: the sum over its terms of weight x log(1 + times said). A term
 * counts where the words as said match it (inflection aside), not merely their Porter stems.
 */
export function topicScores(terms: EpisodeTerms, selection: Selection, compiled: CompiledTaxonomy): Float64Array {
  const known = taxonomyTerms(terms, compiled);
  const counts = new Map<string, number>();
  const size = selection === undefined ? terms.count : selection.length;
  for (let j = 0; j < size; j++) {
    const i = selection === undefined ? j : selection[j]!;
    const k = terms.term[i]!;
    if (known[k] === 0) known[k] = compiled.terms.has(terms.keys[k]!) ? 1 : 2;
    if (known[k] !== 1) continue;
    const form = lightKey(terms.surface(i));
    if (compiled.forms.has(form)) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  const scores = new Float64Array(compiled.ids.length);
  for (const [form, count] of counts) {
    for (const [topic, weight] of compiled.forms.get(form)!) scores[topic]! += weight * Math.log1p(count);
  }
  return scores;
}
