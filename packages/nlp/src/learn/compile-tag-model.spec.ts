import { describe, expect, it } from 'vitest';
import { compileTagModel } from './compile-tag-model.js';
import type { TagModel } from './train-tag-classifier.js';

const model: TagModel = {
  labels: ['a', 'b'],
  vocabulary: ['x', 'y', 'z'],
  idf: [1, 2, 3],
  weights: [
    [0.1, 0.2, 0.3],
    [-1, -2, -3],
  ],
  bias: [0.5, -0.5],
};

describe('compileTagModel', () => {
  it('compileTagModel(model) lays the weights out by feature, each feature its labels in a row', () => {
    const c = compileTagModel(model);
    expect(Array.from(c.weights)).toEqual([0.1, -1, 0.2, -2, 0.3, -3]);
    expect(Array.from(c.bias)).toEqual([0.5, -0.5]);
    expect(Array.from(c.idf)).toEqual([1, 2, 3]);
    expect([...c.vocabulary]).toEqual([
      ['x', 0],
      ['y', 1],
      ['z', 2],
    ]);
  });

  it('compileTagModel(model) is made once per model object, and again for a copy', () => {
    expect(compileTagModel(model)).toBe(compileTagModel(model));
    const copy = structuredClone(model);
    expect(compileTagModel(copy)).not.toBe(compileTagModel(model));
    expect(compileTagModel(copy).weights).toEqual(compileTagModel(model).weights);
  });
});
