import type { CorpusStats, TagModel } from '../../index.js';
import type { AnalyzeSettings } from './analyze-file.js';

/** Corpus statistics as they cross to a worker: the keys in one string, their counts in a typed array. */
export interface WireStats {
  documents: number;
  keys: string;
  counts: Int32Array;
}

/** A tag model as it crosses to a worker: the vocabulary in one string, the numbers in typed arrays (`weights` label by label). */
export interface WireModel {
  labels: string[];
  vocabulary: string;
  idf: Float64Array;
  weights: Float64Array;
  bias: Float64Array;
}

/** Pass 2's settings as the main thread sends them to the workers (`packSettings`). */
export type WireSettings = Omit<AnalyzeSettings, 'stats' | 'model'> & { stats?: WireStats; model?: WireModel };

// Term keys are words joined by spaces: a line break is in none.
const join = (keys: readonly string[]) => keys.join('\n');
const split = (keys: string, count: number) => (count === 0 ? [] : keys.split('\n'));

/**
 * Settings in a form that is cheap to copy to each worker thread: a structured clone of corpus statistics (an
 * object of some 40,000 keys) and of a model (arrays of numbers, which arrive boxed) took 50-90 ms per worker.
 */
export function packSettings(settings: AnalyzeSettings): WireSettings {
  const { stats, model, ...rest } = settings;
  const wire: WireSettings = rest;
  if (stats) {
    const keys = Object.keys(stats.documentFrequency);
    wire.stats = {
      documents: stats.documents,
      keys: join(keys),
      counts: Int32Array.from(keys, (k) => stats.documentFrequency[k]!),
    };
  }
  if (model) {
    const features = model.vocabulary.length;
    const weights = new Float64Array(model.labels.length * features);
    model.weights.forEach((row, l) => weights.set(row, l * features));
    wire.model = {
      labels: model.labels,
      vocabulary: join(model.vocabulary),
      idf: Float64Array.from(model.idf),
      weights,
      bias: Float64Array.from(model.bias),
    };
  }
  return wire;
}

/** The settings `packSettings` packed, as plain data again (the statistics in a prototype-less object). */
export function unpackSettings(wire: WireSettings): AnalyzeSettings {
  const { stats, model, ...rest } = wire;
  const settings: AnalyzeSettings = rest;
  if (stats) {
    const documentFrequency: Record<string, number> = Object.create(null);
    split(stats.keys, stats.counts.length).forEach((k, i) => (documentFrequency[k] = stats.counts[i]!));
    settings.stats = { documents: stats.documents, documentFrequency } satisfies CorpusStats;
  }
  if (model) {
    const features = model.idf.length;
    settings.model = {
      labels: model.labels,
      vocabulary: split(model.vocabulary, features),
      idf: Array.from(model.idf),
      weights: model.labels.map((_, l) => Array.from(model.weights.subarray(l * features, (l + 1) * features))),
      bias: Array.from(model.bias),
    } satisfies TagModel;
  }
  return settings;
}
