import { parse } from '@podlens/parser';
import { describe, expect, it } from 'vitest';
import { indexTerms } from '../text/index-terms.js';
import { predictTagsOfKeys, predictTagsOfTerms } from './predict-tags.js';
import { trainTagClassifier } from './train-tag-classifier.js';

const episode = (text: string, tags: string[]) => {
  const e = parse(text, { format: 'plain' }).episode;
  e.meta.tags = tags;
  return e;
};
const say = (words: string) => `Ann: ${words}\nBob: ${words} again\n`;
const episodes = [
  episode(say('feature stores serve features to models in production, feature stores again'), ['mlops']),
  episode(say('a feature store and model serving, monitoring of models'), ['mlops']),
  episode(say('dashboards and sql queries for the analytics team'), ['analytics']),
  episode(say('sql dashboards, analytics engineering with sql models'), ['analytics']),
  episode(say('feature store, sql, dashboards and models'), ['mlops', 'analytics']),
];
const model = trainTagClassifier(episodes, { minDocuments: 1 });

describe('predictTagsOfTerms', () => {
  it('predictTagsOfTerms(model, terms) equals predictTagsOfKeys over every occurrence, whole or selected', () => {
    expect(model.vocabulary.length).toBeGreaterThan(3);
    for (const e of episodes) {
      const terms = indexTerms(e);
      const keys = Array.from(terms.term, (t) => terms.keys[t]!);
      expect(predictTagsOfTerms(model, terms, undefined)).toEqual(predictTagsOfKeys(model, keys));
      const selection = Array.from({ length: Math.ceil(terms.count / 2) }, (_, i) => i * 2).filter(
        (i) => i < terms.count,
      );
      expect(predictTagsOfTerms(model, terms, selection)).toEqual(
        predictTagsOfKeys(
          model,
          selection.map((i) => keys[i]!),
        ),
      );
    }
  });
});
