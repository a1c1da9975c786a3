/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { defaultTaxonomy } from '../taxonomy/default-taxonomy.js';
import { loadTaxonomy } from '../taxonomy/load-taxonomy.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';

/** Reads a JSON taxonomy file; it extends the default taxonomy unless `replace` is true. */
export async function readTaxonomyFile(path: string, options: { replace?: boolean } = {}): Promise<Taxonomy> {
  if (typeof path !== 'string' || !path)
    throw new TypeError(`readTaxonomyFile: expected a file path, got ${String(path)}`);
  const text = await readFile(path, 'utf8');
  try {
    return loadTaxonomy(text, options.replace ? {} : { extend: defaultTaxonomy });
  } catch (e) {
    throw new TypeError(`readTaxonomyFile: ${path}: ${(e as Error).message}`, { cause: e });
  }
}
