import { describe, expect, it } from 'vitest';
import { makeEpisode } from '../../test/episode.js';
import { defaultChapterWeights, startsFromFeatures } from './auto-chapters.js';
import { chapterFeatures } from './chapter-features.js';
import { topicCuePhrases } from './topic-cue.js';

const episode = makeEpisode([
  ['host', 0, 'Welcome. What do you do?'],
  ['guest', 10, 'I build dashboards and dashboards tooling for analysts.'],
  ['host', 70, 'You mentioned hiring. How do you hire?'],
  ['guest', 80, 'Hiring takes interviews, hiring takes patience.'],
]);

describe('chapterFeatures', () => {
  it('chapterFeatures(episode) reads each turn start: the answer it opens and closes, the host question, cue phrases', () => {
    const { duration, candidates } = chapterFeatures(episode);
    expect(duration).toBe(110);
    expect(candidates.map((c) => c.start)).toEqual([10, 70, 80]);
    const hostTurn = candidates[1]!;
    expect(hostTurn).toMatchObject({ host: true, question: true, first: true, follow: 40, precede: 70, words: 7 });
    expect(hostTurn.cues.map((i) => topicCuePhrases[i])).toEqual(['you mentioned']);
    expect(candidates[0]).toMatchObject({ host: false, question: false, cues: [] });
  });

  it('chapterFeatures(episode) is empty for an episode without turns, and startsFromFeatures gives no chapter', () => {
    const empty = chapterFeatures(makeEpisode([], 0));
    expect(empty).toEqual({ duration: 0, candidates: [] });
    expect(startsFromFeatures(empty, defaultChapterWeights, 150)).toEqual([]);
  });

  it('startsFromFeatures(features, weights, target, cues) counts only the cue phrases it is given', () => {
    const features = chapterFeatures(episode);
    const weights = { ...defaultChapterWeights, cost: -3.5, cue: 3 };
    const cue = new Set([topicCuePhrases.indexOf('you mentioned')]);
    expect(startsFromFeatures(features, weights, 60, cue)).toContain(70);
    expect(startsFromFeatures(features, weights, 60, new Set())).not.toContain(70);
  });
});
