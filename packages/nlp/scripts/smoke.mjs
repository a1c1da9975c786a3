// Imports the built package under plain Node ESM, as a user of dist/ would.
import * as nlp from '@podlens/nlp';

const names = Object.keys(nlp).sort();
const hits = nlp.extractTerms('We run MLOps on an open source data lake, you know.');
if (!hits.some((h) => h.key === 'mlop') || !hits.some((h) => h.key === 'data lake')) {
  throw new Error('smoke: extractTerms failed under plain Node');
}
console.log(`smoke: @podlens/nlp loads under plain Node ESM (${names.length} exports: ${names.join(', ')})`);
