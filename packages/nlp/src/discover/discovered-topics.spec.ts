import { describe, expect, it } from 'vitest';
import { makeEpisode } from '../../test/episode.js';
import { fourSubjectEpisodes, subjects } from '../../test/four-subjects.js';
import { discoverTopics } from './discover-topics.js';
import { discoveredTopics } from './discovered-topics.js';

const corpus = fourSubjectEpisodes;
const { model } = discoverTopics(corpus, { windowSeconds: 300, minTopics: 2, maxTopics: 6 });
// The topic whose centroid weighs a term most.
const topicOf = (stem: string) => {
  const j = model.terms.indexOf(stem);
  return model.topics.reduce((best, t) => (t.vector[j]! > best.vector[j]! ? t : best)).id;
};

describe('discoveredTopics', () => {
  it('discoveredTopics(episode, model) gives shares of the episode by its segments, best first', () => {
    const episode = makeEpisode(
      [
        ['a', 0, `${subjects.food} ${subjects.food}`],
        ['b', 300, `${subjects.food} ${subjects.food}`],
        ['a', 600, `${subjects.kube} ${subjects.kube}`],
      ],
      900,
    );
    const found = discoveredTopics(episode, model);
    expect(found.map((t) => t.id)).toEqual([topicOf('sourdough'), expect.stringMatching(/^discovered-/)]);
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
    expect(found.reduce((s, t) => s + t.score, 0)).toBeCloseTo(1, 3);
    expect(found[0]!.label).toBe(model.topics.find((t) => t.id === found[0]!.id)!.label);
  });

  it('discoveredTopics(segment, model) reads only the segment, with a model passed through JSON', () => {
    const episode = makeEpisode(
      [
        ['a', 0, `${subjects.food} ${subjects.food}`],
        ['b', 300, `${subjects.hire} ${subjects.hire}`],
      ],
      600,
    );
    const copy = JSON.parse(JSON.stringify(model));
    expect(discoveredTopics({ episode, start: 300 }, copy).map((t) => t.id)).toEqual([topicOf('recruit')]);
    expect(discoveredTopics({ episode, speakerId: 'a' }, copy).map((t) => t.id)).toEqual([topicOf('sourdough')]);
  });

  it('discoveredTopics(episode, model) is empty for an episode with none of the model terms, and checks the model', () => {
    expect(discoveredTopics(makeEpisode([['a', 0, 'Nothing here at all.']], 60), model)).toEqual([]);
    expect(() => discoveredTopics(corpus[0]!, {} as never)).toThrow(/discoveredTopics: expected a model/);
  });
});
