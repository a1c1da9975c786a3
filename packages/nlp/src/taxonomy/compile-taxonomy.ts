import { scanTerms } from '../text/extract-terms.js';
import type { Taxonomy } from './taxonomy.js';

export interface CompiledTaxonomy {
  ids: string[];
  labels: string[];
  /** Term key to `[topic index, weight]` pairs. */
  terms: Map<string, [number, number][]>;
  /** Terms that cannot match: they hold a stop word or filler. */
  unusable: string[];
}

const cache = new WeakMap<Taxonomy, CompiledTaxonomy>();

function keyOf(phrase: string): string | undefined {
  const words = phrase.split(/\s+/).filter(Boolean).length;
  let found: string | undefined;
  scanTerms(phrase, (key, n) => {
    if (n === words) found = key;
  });
  return found;
}

/** Taxonomy terms turned into the keys that `analyzeEpisode` produces; cached per taxonomy object. */
export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const cached = cache.get(taxonomy);
  if (cached) return cached;
  const terms = new Map<string, [number, number][]>();
  const unusable: string[] = [];
  taxonomy.topics.forEach((topic, i) => {
    const seen = new Set<string>();
    for (const [phrase, weight] of Object.entries(topic.terms)) {
      const key = keyOf(phrase);
      if (!key) {
        unusable.push(`${topic.id}: ${phrase}`);
        continue;
      }
      if (seen.has(key)) continue;
      seen.add(key);
      const list = terms.get(key) ?? [];
      list.push([i, weight]);
      terms.set(key, list);
    }
  });
  const compiled = { ids: taxonomy.topics.map((t) => t.id), labels: taxonomy.topics.map((t) => t.label), terms, unusable };
  cache.set(taxonomy, compiled);
  return compiled;
}
