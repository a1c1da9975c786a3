import { expect, it } from 'vitest';
import * as nlp from './index.js';

it('@podlens/nlp exports exactly its public API', () => {
  expect(Object.keys(nlp).sort()).toEqual(
    [
      'analyzeEpisode',
      'indexTerms',
      'analyzeTranscript',
      'readTranscript',
      'summarizeTranscript',
      'topicDocument',
      'autoChapters',
      'buildCorpusStats',
      'corpusTopicTimeline',
      'defaultTaxonomy',
      'discoverTopics',
      'discoveredTopics',
      'enrichSummary',
      'fixedChapters',
      'pk',
      'speakerTopics',
      'topicFlow',
      'windowDiff',
      'extractTerms',
      'keywords',
      'loadTaxonomy',
      'mapTag',
      'predictTags',
      'recallAtK',
      'stemWord',
      'stopWords',
      'tokenize',
      'termCounts',
      'topics',
      'topicBranch',
      'topicCoverage',
      'lowTopicCoverage',
      'trainTagClassifier',
      'trainTagClassifierOnTerms',
    ].sort(),
  );
});
