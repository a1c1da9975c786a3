import type { EpisodeTerms, TermOccurrence } from '../text/index-terms.js';
import type { Selection } from '../text/segment.js';
import { featureVector, tfidfVector, type TagModel } from './train-tag-classifier.js';
import type { SparseVector } from './sparse-vector.js';
import { compileTagModel, type CompiledTagModel } from './compile-tag-model.js';
import { TermValues } from '../text/term-values.js';

function probabilities(model: CompiledTagModel, x: SparseVector): { label: string; probability: number }[] {
  const L = model.labels.length;
  const z = Float64Array.from(model.bias);
  for (let j = 0; j < x.index.length; j++) {
    const v = x.value[j]!;
    const row = x.index[j]! * L;
    for (let l = 0; l < L; l++) z[l]! += model.weights[row + l]! * v;
  }
  return model.labels.map((label, l) => ({ label, probability: 1 / (1 + Math.exp(-z[l]!)) }));
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
  const c = compileTagModel(model);
  return probabilities(c, featureVector(keys, c.vocabulary, c.idf));
}

/** Per compiled model, each term key's feature (its place in the vocabulary, -1 outside it), kept per interned term. */
const features = new WeakMap<CompiledTagModel, TermValues>();
function featuresOf(c: CompiledTagModel): TermValues {
  let values = features.get(c);
  if (!values) features.set(c, (values = new TermValues((key) => c.vocabulary.get(key) ?? -1)));
  return values;
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
  const c = compileTagModel(model);
  // The features of the episode's distinct terms (-1 outside the vocabulary), looked up once per term, and the
  // times each is said in the selection, in the order of first use.
  const feature = featuresOf(c).of(terms);
  const index: number[] = [];
  const tf: number[] = [];
  if (selection === undefined)
    for (let k = 0; k < feature.length; k++) {
      if (feature[k]! >= 0 && terms.keyCounts[k]! > 0) {
        index.push(feature[k]!);
        tf.push(terms.keyCounts[k]!);
      }
    }
  else {
    // Where in `index` each term is counted, plus one (0: not yet met).
    const slot = new Int32Array(feature.length);
    for (let j = 0; j < selection.length; j++) {
      const k = terms.term[selection[j]!]!;
      if (feature[k]! < 0) continue;
      if (slot[k] === 0) {
        index.push(feature[k]!);
        tf.push(0);
        slot[k] = index.length;
      }
      tf[slot[k]! - 1]!++;
    }
  }
  return probabilities(c, tfidfVector(index, tf, c.idf));
}
