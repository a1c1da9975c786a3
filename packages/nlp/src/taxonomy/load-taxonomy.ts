import type { Taxonomy, TaxonomyTopic } from './taxonomy.js';

export interface LoadTaxonomyOptions {
  /** Add to or override the topics of this taxonomy (by id) instead of replacing it. */
  extend?: Taxonomy;
}

function fail(message: string): never {
  throw new TypeError(`loadTaxonomy: ${message}`);
}

/** Checks a taxonomy read from JSON (an object or its text); with `extend`, merges it over a base by topic id. */
export function loadTaxonomy(json: unknown, options: LoadTaxonomyOptions = {}): Taxonomy {
  const value = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
  if (!value || typeof value !== 'object' || !Array.isArray((value as { topics?: unknown }).topics)) {
    fail('expected { topics: [{ id, label, aliases?, terms }] }');
  }
  const topics: TaxonomyTopic[] = (value as { topics: unknown[] }).topics.map((raw, i) => {
    const t = raw as Partial<TaxonomyTopic>;
    if (!t || typeof t.id !== 'string' || !t.id) fail(`topic ${i} has no string id`);
    if (typeof t.label !== 'string' || !t.label) fail(`topic '${t.id}' has no label`);
    if (!t.terms || typeof t.terms !== 'object') fail(`topic '${t.id}' has no terms object`);
    for (const [term, weight] of Object.entries(t.terms)) {
      if (typeof weight !== 'number' || !Number.isFinite(weight)) fail(`topic '${t.id}' term '${term}' has weight ${String(weight)} (expected a number)`);
    }
    return { id: t.id, label: t.label, aliases: Array.isArray(t.aliases) ? t.aliases.map(String) : [], terms: { ...t.terms } };
  });
  const byId = new Map((options.extend?.topics ?? []).map((t) => [t.id, t]));
  for (const t of topics) {
    const base = byId.get(t.id);
    byId.set(t.id, base && options.extend ? { ...t, aliases: [...new Set([...base.aliases, ...t.aliases])], terms: { ...base.terms, ...t.terms } } : t);
  }
  return { version: 1, topics: [...byId.values()] };
}
