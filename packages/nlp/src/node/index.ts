export { readTaxonomyFile } from './read-taxonomy-file.js';
