import assert from 'node:assert/strict';
import { analyzeEpisode, buildCorpusStats, extractTerms, indexTerms, keywords, stemWord, stopWords, tokenize } from 'file:///work/h-pkg/packages/nlp/src/index.ts';
import { hiring, mlops } from './examples.js';

assert.deepEqual(tokenize('Feature stores!').map((t) => t.surface), ['Feature', 'stores']);
assert.equal(stemWord('stores'), 'store');
assert.ok(stopWords.has('the'));
assert.ok(extractTerms('feature stores').some((t) => t.key === 'featur store' && t.n === 2));

const terms = indexTerms(mlops);
assert.ok(terms.occurrences.some((o) => o.surface === 'feature store'));
assert.equal(analyzeEpisode, indexTerms); // the earlier name, deprecated

// Keywords are ranked by TF-IDF against corpus statistics (built-in background figures without them).
const stats = buildCorpusStats([mlops, hiring]);
assert.equal(stats.documents, 2);
assert.equal(keywords(mlops, { stats })[0]!.term, 'feature store');
