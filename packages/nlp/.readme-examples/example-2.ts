import assert from 'node:assert/strict';
import { analyzeTranscript, readTranscript, summarizeTranscript } from 'file:///work/h-pkg/packages/nlp/src/index.ts';

const text = 'Ann: Welcome. What is a feature store?\nBob: A feature store keeps features for training and serving models in production.\nAnn: And who deploys it?\nBob: The MLOps team, on Kubernetes.\n';
const { summary, episode, balance } = analyzeTranscript(text, { fileName: 'episode.txt', autoChapters: true });
assert.equal(summary.source, 'episode.txt');
assert.equal(summary.topics[0]!.id, 'mlops');
assert.ok(summary.keywords.some((k) => k.term === 'feature store'));
assert.deepEqual(balance.speakers.map((s) => s.name).sort(), episode.speakers.map((s) => s.name).sort());

// The same in two steps, for a program that parses first and summarizes later.
const parsed = readTranscript(text, { fileName: 'episode.txt' });
assert.deepEqual(summarizeTranscript(parsed, { source: 'episode.txt', autoChapters: true }).summary, summary);
