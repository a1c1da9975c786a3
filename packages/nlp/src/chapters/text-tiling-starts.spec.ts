import { describe, expect, it } from 'vitest';
import type { ChapterCandidate } from './chapter-features.js';
import { textTilingStarts } from './text-tiling-starts.js';

const candidate = (start: number, depth: number): ChapterCandidate => ({
  start,
  depth,
  shift: depth,
  novelty: 0,
  lead: 0,
  follow: 0,
  precede: 0,
  words: 0,
  first: true,
  host: false,
  question: false,
  cues: [],
});

describe('textTilingStarts', () => {
  it('textTilingStarts(features) begins chapters at the depth peaks above the cutoff', () => {
    const depths = [0, 0.1, 3, 0.2, 0, 0.1, 2.5, 0.1, 0];
    const features = {
      duration: 1000,
      speechStart: 0,
      candidates: depths.map((d, i) => candidate(100 * (i + 1), d)),
      cohesion: [],
    };
    expect(textTilingStarts(features)).toEqual([0, 300, 700]);
  });

  it('textTilingStarts(features) is empty for an episode of no length', () => {
    expect(textTilingStarts({ duration: 0, speechStart: 0, candidates: [], cohesion: [] })).toEqual([]);
  });
});
