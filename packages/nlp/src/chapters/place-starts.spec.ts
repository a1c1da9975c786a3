import { describe, expect, it } from 'vitest';
import type { ChapterCandidate } from './chapter-features.js';
import { placeStarts } from './place-starts.js';

const candidate = (start: number, kind: 'question' | 'host' | 'guest' | 'mid', words = 30): ChapterCandidate => ({
  start,
  follow: 0,
  precede: 0,
  words,
  shift: 0,
  novelty: 0,
  depth: 0,
  lead: 0,
  first: kind !== 'mid',
  host: kind === 'question' || kind === 'host',
  question: kind === 'question',
  cues: [],
});

const candidates = [
  candidate(100, 'question'),
  candidate(112, 'guest'),
  candidate(130, 'mid'),
  candidate(200, 'host', 5),
  candidate(206, 'guest'),
  candidate(300, 'guest'),
];

describe('placeStarts', () => {
  it("placeStarts(starts, candidates, {snap}) moves a start at a guest's turn to the host's question near it", () => {
    expect(placeStarts([0, 112], candidates, { snap: 20, answerWords: 0 })).toEqual([0, 100]);
    expect(placeStarts([0, 130], candidates, { snap: 20, answerWords: 0 })).toEqual([0, 130]);
    expect(placeStarts([0, 130], candidates, { snap: 40, answerWords: 0 })).toEqual([0, 100]);
    // Never past its neighbour, and the first start stays.
    expect(placeStarts([0, 105, 112], candidates, { snap: 20, answerWords: 0 })).toEqual([0, 105, 112]);
    expect(placeStarts([100, 300], candidates, { snap: 0, answerWords: 0 })).toEqual([100, 300]);
  });

  it("placeStarts(starts, candidates, {answerWords}) moves a start at a short host's turn to the answer after it", () => {
    expect(placeStarts([0, 200], candidates, { snap: 0, answerWords: 10 })).toEqual([0, 206]);
    expect(placeStarts([0, 200], candidates, { snap: 0, answerWords: 4 })).toEqual([0, 200]);
    expect(placeStarts([0, 200, 206], candidates, { snap: 0, answerWords: 10 })).toEqual([0, 200, 206]);
    expect(placeStarts([0, 200], candidates, { snap: 0, answerWords: 10, answerSeconds: 5 })).toEqual([0, 200]);
  });
});
