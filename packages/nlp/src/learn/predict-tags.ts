import type { EpisodeTerms, TermOccurrence } from '../text/index-terms.js';
import type { Selection } from '../text/segment.js';
import { countsVector, featureVector, type TagModel } from './train-tag-classifier.js';
import type { SparseVector } from './sparse-vector.js';

const vocabularies = new WeakMap<TagModel, Map<string, number>>();

function vocabularyOf(model: TagModel): Map<string, number> {
  let vocabulary = vocabularies.get(model);
  if (!vocabulary) {
    vocabulary = new Map(model.vocabulary.map((k, i) => [k, i]));
    vocabularies.set(model, vocabulary);
  }
  return vocabulary;
}

function probabilities(model: TagModel, x: SparseVector): { label: string; probability: number }[] {
  return model.labels.map((label, l) => {
    const w = model.weights[l]!;
    let z = model.bias[l]!;
    for (let j = 0; j < x.index.length; j++) z += w[x.index[j]!]! * x.value[j]!;
    return { label, probability: 1 / (1 + Math.exp(-z)) };
  });
}

/** The probability of each of a model's labels for a list of term occurrences. */
export function predictTags(
  model: TagModel,
  occurrences: readonly TermOccurrence[],
): { label: string; probability: number }[] {
  return predictTagsOfKeys(
    model,
    occurrences.map((o) => o.key),
  );
}

/** The probability of each of a model's labels for the term keys said (a key once per time said). */
export function predictTagsOfKeys(model: TagModel, keys: readonly string[]): { label: string; probability: number }[] {
  return probabilities(model, featureVector(keys, vocabularyOf(model), model.idf));
}

/**
 * The same for the occurrences `selection` of an episode's terms (all of them where undefined), without a key per
 * occurrence: a whole episode's counts are its `keyCounts`, in the order of first use that counting would give.
 */
export function predictTagsOfTerms(
  model: TagModel,
  terms: EpisodeTerms,
  selection: Selection,
): { label: string; probability: number }[] {
  const counts = new Map<string, number>();
  if (selection === undefined)
    terms.keys.forEach((k, i) => terms.keyCounts[i]! > 0 && counts.set(k, terms.keyCounts[i]!));
  else
    for (let j = 0; j < selection.length; j++) {
      const k = terms.keys[terms.term[selection[j]!]!]!;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  return probabilities(model, countsVector(counts, vocabularyOf(model), model.idf));
}
