import { describe, expect, it } from 'vitest';
import { chapterCohesion } from './chapter-cohesion.js';

const cost = (counts: number[], vocabulary: number) => {
  const n = counts.reduce((a, b) => a + b, 0);
  return n * Math.log(n + vocabulary) - counts.reduce((a, c) => a + c * Math.log(c + 1), 0);
};

describe('chapterCohesion', () => {
  it('chapterCohesion(options) gives the code length of every chapter up to maxSpan, per word of an average chapter', () => {
    const result = chapterCohesion({
      positions: [0, 10, 20, 30],
      words: [[0, 0], [1], [0, 1, 1]],
      vocabulary: 2,
      perChapter: 2,
      maxSpan: 20,
    });
    expect(result.map((r) => r.length)).toEqual([0, 1, 2, 2]);
    expect(result[1]![0]).toBeCloseTo(cost([2], 2) / 2);
    expect(result[2]![1]).toBeCloseTo(cost([2, 1], 2) / 2);
    // From 10 to 30: words 1, 0, 1, 1; the chapter from 0 (30 s) is past maxSpan.
    expect(result[3]![1]).toBeCloseTo(cost([1, 3], 2) / 2);
  });

  it('chapterCohesion(options) costs two chapters of one word each less than one chapter mixing them', () => {
    const [, a, b] = chapterCohesion({
      positions: [0, 10, 20],
      words: [
        [0, 0, 0],
        [1, 1, 1],
      ],
      vocabulary: 2,
      perChapter: 6,
      maxSpan: 100,
    });
    expect(a![0]! + b![0]!).toBeLessThan(b![1]!);
  });
});
