import assert from 'node:assert/strict';
import {
  corpusTopicTimeline, defaultTaxonomy, discoveredTopics, discoverTopics, indexTerms, loadTaxonomy, mapTag, predictTags,
  recallAtK, speakerTopics, termCounts, topicDocument, topicFlow, topics, trainTagClassifier, trainTagClassifierOnTerms,
} from 'file:///work/h-pkg/packages/nlp/src/index.ts';
import { hiring, mlops } from './examples.js';

assert.equal(topics(mlops)[0]!.id, 'mlops');
assert.equal(topics(hiring)[0]!.id, 'nope');
assert.equal(mapTag('production', defaultTaxonomy), 'mlops'); // a human tag onto the taxonomy

// A taxonomy of your own, over the default one or alone.
const bees = loadTaxonomy({ topics: [{ id: 'bees', label: 'Bees', terms: { bee: 2, hive: 2 } }] }, { extend: defaultTaxonomy });
assert.equal(bees.topics.length, defaultTaxonomy.topics.length + 1);

// Topic flow (scores per time bin), topics per speaker, topics per period over a corpus.
assert.equal(topicFlow(mlops, { binSeconds: 120 }).bins.length, 5);
assert.deepEqual(speakerTopics(mlops).map((s) => s.name), ['Host', 'Guest']);
assert.deepEqual(corpusTopicTimeline([mlops, hiring], { by: 'year' }).map((b) => b.period), ['2023', '2024']);

// A model learned from tagged episodes (or from term counts), and how well it ranks.
const model = trainTagClassifier([mlops, hiring, mlops, hiring], { minDocuments: 1 });
const predicted = predictTags(model, indexTerms(mlops).occurrences);
assert.equal(predicted.sort((a, b) => b.probability - a.probability)[0]!.label, 'mlops');
const fromCounts = trainTagClassifierOnTerms([{ counts: termCounts(mlops), labels: ['mlops'] }, { counts: termCounts(hiring), labels: ['career'] }], { minDocuments: 1 });
assert.equal(predictTags(fromCounts, indexTerms(hiring).occurrences).sort((a, b) => b.probability - a.probability)[0]!.label, 'career');
assert.equal(recallAtK(['mlops', 'career'], new Set(['mlops']), 1), 1);

// Topics found in the corpus itself, and the model that scores any episode later.
const found = discoverTopics([mlops, hiring, mlops, hiring].map((e) => topicDocument(e)));
assert.ok(found.topics.length >= 1);
assert.equal(discoveredTopics(mlops, found.model)[0]!.id, found.topics[0]!.id);
