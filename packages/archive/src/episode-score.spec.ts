import { describe, expect, it } from 'vitest';
import { episodeScore } from './episode-score.js';

const base = { hits: 3, words: 5000, averageWords: 5000, episodes: 100, matching: 10 };

describe('episodeScore', () => {
  it('episodeScore(input) grows with hits, with diminishing returns', () => {
    const s = [1, 2, 4, 8].map((hits) => episodeScore({ ...base, hits }));
    expect(s).toEqual([...s].sort((a, b) => a - b));
    expect(s[1]! - s[0]!).toBeGreaterThan(s[3]! - s[2]!);
    expect(episodeScore({ ...base, hits: 0 })).toBe(0);
  });

  it('episodeScore(input) gives a shorter episode with as many hits the higher score', () => {
    expect(episodeScore({ ...base, words: 2000 })).toBeGreaterThan(episodeScore({ ...base, words: 9000 }));
  });

  it('episodeScore(input) weighs a query that fewer episodes match more, and stays positive when all match', () => {
    expect(episodeScore({ ...base, matching: 2 })).toBeGreaterThan(episodeScore({ ...base, matching: 50 }));
    expect(episodeScore({ ...base, matching: 100 })).toBeGreaterThan(0);
    expect(Number.isFinite(episodeScore({ ...base, averageWords: 0 }))).toBe(true);
  });
});
