import { expect, it } from 'vitest';
import * as nlp from './index.js';

it('@podlens/nlp exports exactly its public API', () => {
  expect(Object.keys(nlp).sort()).toEqual(
    ['analyzeEpisode', 'buildCorpusStats', 'extractTerms', 'keywords', 'stemWord', 'stopWords', 'tokenize'].sort(),
  );
});
