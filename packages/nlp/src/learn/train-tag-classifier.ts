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

/**
 * The same model from term counts alone, so that worker threads can send what a model needs of an episode
 * instead of the episode.
 */
export function trainTagClassifierOnTerms(
  docs: readonly LabelledTerms[],
  options: Omit<TrainTagClassifierOptions, 'labelsOf'> = {},
): TagModel {
  const tagged = docs.filter((d) => d.labels.length > 0);
  if (tagged.length === 0) throw new TypeError('trainTagClassifierOnTerms: no document has labels to learn from');
  const minDocuments = options.minDocuments ?? 3;
  // Document frequencies in a prototype-less object: faster to grow than a Map.
  const df: Record<string, number> = Object.create(null);
  for (const d of tagged) for (const k of d.counts.keys()) df[k] = (df[k] ?? 0) + 1;
  const vocabulary = Object.entries(df)
    .filter(([, n]) => n >= minDocuments && n < tagged.length)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.maxFeatures ?? 8000)
    .map(([k]) => k);
  const index = new Map(vocabulary.map((k, i) => [k, i]));
  const idf = vocabulary.map((k) => Math.log((tagged.length + 1) / (df[k]! + 1)) + 1);
  const X = tagged.map((d) => countsVector(d.counts, index, idf));
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
