import { scanTerms } from '../text/extract-terms.js';
import { lightKey } from '../text/light-key.js';
import type { Taxonomy } from './taxonomy.js';

export interface CompiledTaxonomy {
  ids: string[];
  labels: string[];
  /** Term key (Porter stems) to `[topic index, weight]` pairs: a fast filter and the raw-count baseline. */
  terms: Map<string, [number, number][]>;
  /** The terms as written, inflection aside (`lightKey`), to `[topic index, weight]` pairs: what topics score. */
  forms: Map<string, [number, number][]>;
  /** Terms that cannot match: they hold a stop word or filler. */
  unusable: string[];
  /** Index of each topic's parent, -1 for a top-level topic. */
  parents: Int32Array;
  /** Topic indices, every child before its parent: the order in which scores roll up. */
  rollUpOrder: Int32Array;
  /** Whether a term of weight 1 or more (evidence, not context) has this form. */
  evidence: Set<string>;
  /** Each id's place in `localeCompare` order: ties in a ranking break on it without comparing strings. */
  idRank: Map<string, number>;
  labelOf: Map<string, string>;
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

/** Taxonomy terms turned into the keys that `indexTerms` produces; cached per taxonomy object. */
export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const cached = cache.get(taxonomy);
  if (cached) return cached;
  const terms = new Map<string, [number, number][]>();
  const forms = new Map<string, [number, number][]>();
  const unusable: string[] = [];
  taxonomy.topics.forEach((topic, i) => {
    const seen = new Set<string>();
    const seenForms = new Set<string>();
    for (const [phrase, weight] of Object.entries(topic.terms)) {
      const key = keyOf(phrase);
      if (!key) {
        unusable.push(`${topic.id}: ${phrase}`);
        continue;
      }
      const form = lightKey(phrase);
      if (!seenForms.has(form)) {
        seenForms.add(form);
        const list = forms.get(form) ?? [];
        list.push([i, weight]);
        forms.set(form, list);
      }
      if (seen.has(key)) continue;
      seen.add(key);
      const list = terms.get(key) ?? [];
      list.push([i, weight]);
      terms.set(key, list);
    }
  });
  const ids = taxonomy.topics.map((t) => t.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const parents = Int32Array.from(taxonomy.topics, (t) => (t.parent === undefined ? -1 : (index.get(t.parent) ?? -1)));
  const depth = (i: number): number => (parents[i]! < 0 ? 0 : 1 + depth(parents[i]!));
  const depths = ids.map((_, i) => depth(i));
  const rollUpOrder = Int32Array.from(ids.map((_, i) => i).sort((a, b) => depths[b]! - depths[a]! || a - b));
  const evidence = new Set([...forms].filter(([, list]) => list.some(([, w]) => w >= 1)).map(([form]) => form));
  const idRank = new Map([...ids].sort((a, b) => a.localeCompare(b)).map((id, i) => [id, i]));
  const compiled = {
    ids,
    labels: taxonomy.topics.map((t) => t.label),
    terms,
    forms,
    unusable,
    parents,
    rollUpOrder,
    evidence,
    idRank,
    labelOf: new Map(ids.map((id, i) => [id, taxonomy.topics[i]!.label])),
  };
  cache.set(taxonomy, compiled);
  return compiled;
}
