import type { Episode } from '@podlens/parser';
import { indexTerms } from '../text/index-terms.js';
import { fitLogistic } from './fit-logistic.js';
import { gramMatrix } from './gram-matrix.js';
import type { SparseVector } from './sparse-vector.js';

/** A one-vs-rest logistic regression over TF-IDF term features (fitted in the dual, `fitLogistic`); plain data that survives JSON. */
export interface TagModel {
  labels: string[];
  vocabulary: string[];
  idf: number[];
  /** `weights[label][feature]`. */
  weights: number[][];
  bias: number[];
}

export interface TrainTagClassifierOptions {
  /** The labels of an episode; default its tags in lower case. */
  labelsOf?: (episode: Episode) => readonly string[];
  /** Fewest episodes a term must occur in to be a feature; default 3. */
  minDocuments?: number;
  maxFeatures?: number;
  iterations?: number;
  l2?: number;
}

/** The TF-IDF vector of an episode (or any list of term keys) over a model's vocabulary, L2-normalised. */
export function featureVector(
  keys: Iterable<string>,
  vocabulary: ReadonlyMap<string, number>,
  idf: ArrayLike<number>,
): SparseVector {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return countsVector(counts, vocabulary, idf);
}

/** The TF-IDF vector of term counts over a model's vocabulary, L2-normalised, its features in the order of the counts. */
export function countsVector(
  counts: ReadonlyMap<string, number>,
  vocabulary: ReadonlyMap<string, number>,
  idf: ArrayLike<number>,
): SparseVector {
  // Distinct keys have distinct features: each feature is met once, in the order of the counts.
  const index: number[] = [];
  const tf: number[] = [];
  for (const [key, n] of counts) {
    const i = vocabulary.get(key);
    if (i !== undefined) {
      index.push(i);
      tf.push(n);
    }
  }
  return tfidfVector(index, tf, idf);
}

/** The L2-normalised TF-IDF vector of the distinct features `index` said `tf[j]` times each, in that order. */
export function tfidfVector(index: ArrayLike<number>, tf: ArrayLike<number>, idf: ArrayLike<number>): SparseVector {
  const value = new Float64Array(index.length);
  let norm = 0;
  for (let j = 0; j < index.length; j++) {
    const v = Math.log1p(tf[j]!) * idf[index[j]!]!;
    value[j] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < value.length; j++) value[j]! /= norm;
  return { index: Int32Array.from(index), value };
}

/** How often an episode says each term key: all a tag model needs of it. */
export function termCounts(episode: Episode): Map<string, number> {
  const { keys, keyCounts } = indexTerms(episode);
  return new Map(keys.map((k, i) => [k, keyCounts[i]!]));
}

/** A document for `trainTagClassifierOnTerms`: its term counts and its labels. */
export interface LabelledTerms {
  counts: ReadonlyMap<string, number>;
  labels: readonly string[];
}

/** Learns to tell an episode's labels (its human tags, or anything `labelsOf` gives) from its words. */
export function trainTagClassifier(episodes: readonly Episode[], options: TrainTagClassifierOptions = {}): TagModel {
  const labelsOf = options.labelsOf ?? ((e: Episode) => e.meta.tags.map((t) => t.toLowerCase()));
  const docs = episodes.map((e) => ({ episode: e, labels: labelsOf(e) })).filter((d) => d.labels.length > 0);
  if (docs.length === 0) throw new TypeError('trainTagClassifier: no episode has labels to learn from');
  return trainTagClassifierOnTerms(
    docs.map((d) => ({ counts: termCounts(d.episode), labels: d.labels })),
    options,
  );
}

/** A document for `trainTagClassifierOnNumbers`: its distinct terms by number, how often each is said, its labels. */
export interface NumberedTerms {
  ids: ArrayLike<number>;
  counts: ArrayLike<number>;
  labels: readonly string[];
}

/**
 * The same model from term counts alone, so that worker threads can send what a model needs of an episode
 * instead of the episode.
 */
export function trainTagClassifierOnTerms(
  docs: readonly LabelledTerms[],
  options: Omit<TrainTagClassifierOptions, 'labelsOf'> = {},
): TagModel {
  const keys: string[] = [];
  const idOf = new Map<string, number>();
  const numbered = docs.map((d) => {
    const ids: number[] = [];
    const counts: number[] = [];
    for (const [key, n] of d.counts) {
      let id = idOf.get(key);
      if (id === undefined) idOf.set(key, (id = keys.push(key) - 1));
      ids.push(id);
      counts.push(n);
    }
    return { ids, counts, labels: d.labels };
  });
  return trainTagClassifierOnNumbers(numbered, keys, options);
}

/**
 * The same model from documents whose terms are numbers into `keys` (each document's terms distinct): what the
 * CLI's main thread trains on, counting in typed arrays.
 */
export function trainTagClassifierOnNumbers(
  docs: readonly NumberedTerms[],
  keys: readonly string[],
  options: Omit<TrainTagClassifierOptions, 'labelsOf'> = {},
): TagModel {
  const tagged = docs.filter((d) => d.labels.length > 0);
  if (tagged.length === 0) throw new TypeError('trainTagClassifierOnTerms: no document has labels to learn from');
  const minDocuments = options.minDocuments ?? 3;
  const df = new Int32Array(keys.length);
  for (const d of tagged) for (let j = 0; j < d.ids.length; j++) df[d.ids[j]!]!++;
  const candidates: number[] = [];
  for (let id = 0; id < keys.length; id++) if (df[id]! >= minDocuments && df[id]! < tagged.length) candidates.push(id);
  const chosen = candidates
    .sort((a, b) => df[b]! - df[a]! || (keys[a]! < keys[b]! ? -1 : 1))
    .slice(0, options.maxFeatures ?? 8000);
  const vocabulary = chosen.map((id) => keys[id]!);
  const feature = new Int32Array(keys.length).fill(-1);
  chosen.forEach((id, i) => (feature[id] = i));
  const idf = chosen.map((id) => Math.log((tagged.length + 1) / (df[id]! + 1)) + 1);
  // Each document's features in the order of its terms.
  const X = tagged.map((d) => {
    const index: number[] = [];
    const tf: number[] = [];
    for (let j = 0; j < d.ids.length; j++) {
      const f = feature[d.ids[j]!]!;
      if (f >= 0) {
        index.push(f);
        tf.push(d.counts[j]!);
      }
    }
    return tfidfVector(index, tf, idf);
  });
  const labels = [...new Set(tagged.flatMap((d) => d.labels))].sort();
  const Y = tagged.map((d) => new Set(d.labels));
  const iterations = options.iterations ?? 150;
  const l2 = options.l2 ?? 1e-3;
  // One Gram matrix serves every label: each label's descent then costs n^2 a step, whatever the vocabulary.
  const K = gramMatrix(X, vocabulary.length);
  const fits = fitLogistic(
    X,
    K,
    labels.map((label) => Float64Array.from(Y, (s) => (s.has(label) ? 1 : 0))),
    vocabulary.length,
    { iterations, l2, rate: 2 },
  );
  const weights = fits.map((fit) => Array.from(fit.weights, (v) => Math.round(v * 1e5) / 1e5));
  const bias = fits.map((fit) => fit.bias);
  return { labels, vocabulary, idf, weights, bias };
}
