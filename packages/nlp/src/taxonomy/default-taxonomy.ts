import data from './taxonomy.json' with { type: 'json' };
import type { Taxonomy } from './taxonomy.js';
import { loadTaxonomy } from './load-taxonomy.js';

/** Topics of conversations about data and AI: MLOps, open source, culture, careers, LLMs, ... */
export const defaultTaxonomy: Taxonomy = loadTaxonomy(data);
