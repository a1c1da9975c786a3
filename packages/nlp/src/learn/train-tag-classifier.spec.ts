import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countsVector,
  tfidfVector,
  trainTagClassifierOnNumbers,
  trainTagClassifierOnTerms,
} from './train-tag-classifier.js';

describe('tfidfVector', () => {
  it('tfidfVector(index, tf, idf) weighs each feature log(1 + tf) x idf, L2-normalised, in the order given', () => {
    const x = tfidfVector([2, 0], [3, 1], [2, 1, 0.5]);
    const a = Math.log1p(3) * 0.5;
    const b = Math.log1p(1) * 2;
    const norm = Math.hypot(a, b);
    expect(Array.from(x.index)).toEqual([2, 0]);
    expect(x.value[0]).toBeCloseTo(a / norm, 12);
    expect(x.value[1]).toBeCloseTo(b / norm, 12);
    expect(tfidfVector([], [], [1])).toEqual({ index: new Int32Array(0), value: new Float64Array(0) });
  });

  it('countsVector(counts, vocabulary, idf) is tfidfVector of the counted keys in the vocabulary, in the order of the counts', () => {
    const vocabulary = new Map([
      ['mlop', 0],
      ['sql', 1],
      ['data', 2],
    ]);
    const idf = [1.5, 1, 2];
    const counts = new Map([
      ['data', 4],
      ['unknown', 9],
      ['mlop', 1],
    ]);
    expect(countsVector(counts, vocabulary, idf)).toEqual(tfidfVector([2, 0], [4, 1], idf));
  });
});

describe('trainTagClassifierOnNumbers', () => {
  it('trainTagClassifierOnNumbers(docs, keys) is trainTagClassifierOnTerms of the same counts, however the keys are numbered (fast-check)', () => {
    const words = ['data', 'mlop', 'sql', 'model', 'team', 'cloud', 'graph', 'test'];
    const doc = fc.record({
      counts: fc.uniqueArray(fc.tuple(fc.constantFrom(...words), fc.integer({ min: 1, max: 9 })), {
        selector: ([w]) => w,
        minLength: 1,
      }),
      labels: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 4, maxLength: 12 }),
        fc.shuffledSubarray(words, { minLength: words.length }),
        (docs, keys) => {
          fc.pre(docs.some((d) => d.labels.length > 0));
          const options = { minDocuments: 2, iterations: 20 };
          const want = trainTagClassifierOnTerms(
            docs.map((d) => ({ counts: new Map(d.counts), labels: d.labels })),
            options,
          );
          const numbered = docs.map((d) => ({
            ids: d.counts.map(([w]) => keys.indexOf(w)),
            counts: d.counts.map(([, n]) => n),
            labels: d.labels,
          }));
          expect(trainTagClassifierOnNumbers(numbered, keys, options)).toEqual(want);
        },
      ),
      { numRuns: 60 },
    );
  });
});
