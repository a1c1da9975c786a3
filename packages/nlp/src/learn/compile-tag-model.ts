import type { TagModel } from './train-tag-classifier.js';

/**
 * A `TagModel` laid out for scoring: its vocabulary as a map, and its weights in one `Float64Array` by feature
 * (`weights[feature * labels + label]`), so that a document's features are read once each, in a row. A model that
 * crossed to a worker thread holds its weights as arrays of boxed numbers, which scored five times slower.
 */
export interface CompiledTagModel {
  labels: readonly string[];
  vocabulary: ReadonlyMap<string, number>;
  idf: Float64Array;
  weights: Float64Array;
  bias: Float64Array;
}

const compiled = new WeakMap<TagModel, CompiledTagModel>();

/** The scoring layout of a model, made once per model object. */
export function compileTagModel(model: TagModel): CompiledTagModel {
  let c = compiled.get(model);
  if (!c) {
    const L = model.labels.length;
    const weights = new Float64Array(model.vocabulary.length * L);
    model.weights.forEach((row, l) => {
      for (let f = 0; f < row.length; f++) weights[f * L + l] = row[f]!;
    });
    c = {
      labels: model.labels,
      vocabulary: new Map(model.vocabulary.map((k, i) => [k, i])),
      idf: Float64Array.from(model.idf),
      weights,
      bias: Float64Array.from(model.bias),
    };
    compiled.set(model, c);
  }
  return c;
}
