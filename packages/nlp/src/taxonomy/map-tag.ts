import type { Taxonomy } from './taxonomy.js';

const normal = (s: string) => s.toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();

/** The taxonomy topic whose label or alias is the tag (case, hyphens and a plural `s` aside), if any. */
export function mapTag(tag: string, taxonomy: Taxonomy): string | undefined {
  const t = normal(tag);
  const forms = new Set([t, t.replace(/s$/, ''), `${t}s`]);
  for (const topic of taxonomy.topics) {
    for (const name of [topic.label, ...topic.aliases]) {
      if (forms.has(normal(name))) return topic.id;
    }
  }
  return undefined;
}
