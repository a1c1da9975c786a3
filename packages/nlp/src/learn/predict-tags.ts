import type { TermOccurrence } from '../text/index-terms.js';
import { featureVector, type TagModel } from './train-tag-classifier.js';

const vocabularies = new WeakMap<TagModel, Map<string, number>>();

/** The probability of each of a model's labels for a list of term occurrences. */
export function predictTags(model: TagModel, occurrences: readonly TermOccurrence[]): { label: string; probability: number }[] {
  return predictTagsOfKeys(
    model,
    occurrences.map((o) => o.key),
  );
}

/** The probability of each of a model's labels for the term keys said (a key once per time said). */
export function predictTagsOfKeys(model: TagModel, keys: readonly string[]): { label: string; probability: number }[] {
  let vocabulary = vocabularies.get(model);
  if (!vocabulary) {
    vocabulary = new Map(model.vocabulary.map((k, i) => [k, i]));
    vocabularies.set(model, vocabulary);
  }
  const x = featureVector(keys, vocabulary, model.idf);
  return model.labels.map((label, l) => {
    const w = model.weights[l]!;
    let z = model.bias[l]!;
    for (let j = 0; j < x.index.length; j++) z += w[x.index[j]!]! * x.value[j]!;
    return { label, probability: 1 / (1 + Math.exp(-z)) };
  });
}
