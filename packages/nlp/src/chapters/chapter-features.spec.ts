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
    expect(empty).toEqual({ duration: 0, speechStart: 0, candidates: [], cohesion: [] });
    expect(startsFromFeatures(empty, defaultChapterWeights, 150)).toEqual([]);
  });

  it('chapterFeatures(episode) costs each possible chapter by its vocabulary, and startsFromFeatures cuts where two vocabularies meet', () => {
    const features = chapterFeatures(episode);
    // Positions: 0, the candidate starts 10, 70, 80, then the duration 110.
    expect(features.cohesion.map((c) => c.length)).toEqual([0, 1, 2, 3, 4]);
    const [whole] = features.cohesion[4]!.slice(-1);
    const split = features.cohesion[2]![1]! + features.cohesion[4]![1]!;
    expect(split).toBeLessThan(whole! + 1e-9);
    const weights = { ...defaultChapterWeights, cue: 0, question: 0, follow: 0, shift: 0, cost: 0, length: 0 };
    expect(startsFromFeatures(features, { ...weights, cohesion: 50 }, 60, new Set())).toEqual([0, 70]);
  });

  it('startsFromFeatures(features, weights, target, cues) counts only the cue phrases it is given', () => {
    const features = chapterFeatures(episode);
    // No lexical cost here: it alone would cut between the two subjects' vocabularies.
    const weights = {
      ...defaultChapterWeights,
      ...{ follow: 1.5, shift: 1, question: 1, guest: -1, length: 2, leadIn: 30 },
      ...{ cost: -3.5, cue: 3, cohesion: 0 },
    };
    const cue = new Set([topicCuePhrases.indexOf('you mentioned')]);
    expect(startsFromFeatures(features, weights, 60, cue)).toContain(70);
    expect(startsFromFeatures(features, weights, 60, new Set())).not.toContain(70);
  });

  it('chapterFeatures(episode) reads the lead of a turn: its new words that the talk after it takes up', () => {
    const { candidates } = chapterFeatures(
      makeEpisode([
        ['host', 0, 'Tell us about dashboards.'],
        ['guest', 10, 'Dashboards for analysts, dashboards everywhere.'],
        ['host', 40, 'And streaming? Kafka streaming?'],
        ['guest', 50, 'Streaming with Kafka, streaming pipelines.'],
        ['host', 80, 'Anything unusual, gardening maybe?'],
        ['guest', 90, 'Streaming again: Kafka streaming jobs.'],
      ]),
      { blockWords: 6 },
    );
    const at = (start: number) => candidates.find((c) => c.start === start)!;
    // The host turn that brings up streaming leads; the one whose new words nobody takes up does not.
    expect(at(40).lead).toBeGreaterThan(at(80).lead);
  });

  it('chapterFeatures(episode) tells when the talk starts, and startsFromFeatures opens the first chapter there past weights.leadIn', () => {
    const late = makeEpisode([
      ['host', 90, 'Welcome. What do you do?'],
      ['guest', 100, 'I build dashboards and dashboards tooling for analysts.'],
      ['host', 160, 'You mentioned hiring. How do you hire?'],
      ['guest', 170, 'Hiring takes interviews, hiring takes patience.'],
    ]);
    const features = chapterFeatures(late);
    expect(features.speechStart).toBe(90);
    expect(startsFromFeatures(features, { ...defaultChapterWeights, leadIn: 30 }, 60)[0]).toBe(90);
    expect(startsFromFeatures(features, { ...defaultChapterWeights, leadIn: 120 }, 60)[0]).toBe(0);
  });

  it('chapterFeatures(episode, {cohesion: false}) leaves the lexical costs out and keeps the rest', () => {
    const full = chapterFeatures(episode);
    const lean = chapterFeatures(episode, { cohesion: false });
    expect(lean.cohesion).toEqual([]);
    expect(lean.candidates).toEqual(full.candidates);
  });
});
