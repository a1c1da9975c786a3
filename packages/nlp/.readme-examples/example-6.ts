import assert from 'node:assert/strict';
import { autoChapters, enrichSummary, fixedChapters, pk, windowDiff } from 'file:///work/h-pkg/packages/nlp/src/index.ts';
import { mlops } from './examples.js';

const chapters = autoChapters(mlops);
assert.ok(chapters.length >= 2 && chapters.every((c) => c.origin === 'auto' && c.title !== ''));
assert.equal(fixedChapters(mlops, { seconds: 120 }).length, 5); // the baseline: every 2 minutes

// Segmentation error against reference chapter starts (0 is a perfect match).
assert.equal(pk({ reference: [0, 300], hypothesis: [0, 300], duration: 600 }), 0);
assert.ok(windowDiff({ reference: [0, 300], hypothesis: [0, 200], duration: 600 }) > 0);

// The NLP fields of the summary at once (what summarizeTranscript adds to summarizeEpisode's).
const { keywords, topics, topicFlow, chapters: auto } = enrichSummary(mlops, { autoChapters: true });
assert.equal(topics[0]!.id, 'mlops');
assert.ok(keywords.length > 0 && topicFlow.bins.length > 0 && auto!.length === chapters.length);
