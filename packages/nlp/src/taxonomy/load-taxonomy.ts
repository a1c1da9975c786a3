import type { Taxonomy, TaxonomyTopic } from './taxonomy.js';

export interface LoadTaxonomyOptions {
  /** Add to or override the topics of this taxonomy (by id) instead of replacing it. */
  extend?: Taxonomy;
}

function fail(message: string): never {
  throw new TypeError(`loadTaxonomy: ${message}`);
}

/**
 * Checks a taxonomy read from JSON (an object or its text); with `extend`, merges it over a base by topic id (a topic
 * that names no parent keeps the base's). Parents must be topics of the result, and no topic its own ancestor.
 */
export function loadTaxonomy(json: unknown, options: LoadTaxonomyOptions = {}): Taxonomy {
  const value = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
  if (!value || typeof value !== 'object' || !Array.isArray((value as { topics?: unknown }).topics)) {
    fail('expected { topics: [{ id, label, parent?, aliases?, terms }] }');
  }
  const topics: TaxonomyTopic[] = (value as { topics: unknown[] }).topics.map((raw, i) => {
    const t = raw as Partial<TaxonomyTopic>;
    if (!t || typeof t.id !== 'string' || !t.id) fail(`topic ${i} has no string id`);
    if (typeof t.label !== 'string' || !t.label) fail(`topic '${t.id}' has no label`);
    if (!t.terms || typeof t.terms !== 'object') fail(`topic '${t.id}' has no terms object`);
    for (const [term, weight] of Object.entries(t.terms)) {
      if (typeof weight !== 'number' || !Number.isFinite(weight))
        fail(`topic '${t.id}' term '${term}' has weight ${String(weight)} (expected a number)`);
    }
    if (t.parent !== undefined && t.parent !== null && (typeof t.parent !== 'string' || !t.parent))
      fail(`topic '${t.id}' has parent ${JSON.stringify(t.parent)} (expected a topic id)`);
    return {
      id: t.id,
      label: t.label,
      ...(t.parent ? { parent: t.parent } : {}),
      aliases: Array.isArray(t.aliases) ? t.aliases.map(String) : [],
      terms: { ...t.terms },
    };
  });
  const byId = new Map((options.extend?.topics ?? []).map((t) => [t.id, t]));
  for (const t of topics) {
    const base = byId.get(t.id);
    const parent = t.parent ?? base?.parent;
    byId.set(
      t.id,
      base && options.extend
        ? {
            ...t,
            ...(parent ? { parent } : {}),
            aliases: [...new Set([...base.aliases, ...t.aliases])],
            terms: { ...base.terms, ...t.terms },
          }
        : t,
    );
  }
  for (const t of byId.values()) {
    const seen = new Set<string>([t.id]);
    for (let p = t.parent; p !== undefined; p = byId.get(p)!.parent) {
      if (!byId.has(p)) fail(`topic '${t.id}' has parent '${p}', which is not a topic`);
      if (seen.has(p)) fail(`topic '${t.id}' is its own ancestor (through '${p}')`);
      seen.add(p);
    }
  }
  return { version: 1, topics: [...byId.values()] };
}
