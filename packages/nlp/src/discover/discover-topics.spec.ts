import { describe, expect, it } from 'vitest';
import { makeEpisode } from '../../test/episode.js';
import { discoverTopics } from './discover-topics.js';

const kube = 'Kubernetes clusters, Docker images and the feature store keep model deployment reliable.';
const hire = 'Hiring a recruiter, the interview loop and each candidate offer shape the team.';
const food = 'Sourdough bread needs flour, water, salt and a patient starter in the oven.';
const episodes = [0, 1, 2, 3].map((i) =>
  makeEpisode(
    [
      ['host', 0, `${kube} ${kube}`],
      ['guest', 300, `${hire} ${hire}`],
      ['host', 600, `${food} ${food}`],
      ['guest', 900, i % 2 ? kube : hire],
    ],
    1200,
  ),
);

describe('discoverTopics', () => {
  it('discoverTopics(episodes) finds the subjects of the windows, chooses their number and labels them', () => {
    const found = discoverTopics(episodes, { windowSeconds: 300 });
    expect(found.topics.length).toBe(3);
    const labels = found.topics.map((t) => t.phrases.join(' ').toLowerCase());
    expect(labels.some((l) => l.includes('kubernetes') || l.includes('docker'))).toBe(true);
    expect(labels.some((l) => l.includes('sourdough') || l.includes('flour'))).toBe(true);
    expect(found.segments.length).toBe(16);
    const windowTopic = (e: number, start: number) => found.segments.find((s) => s.episode === e && s.start === start)!.topic;
    expect(windowTopic(0, 0)).toBe(windowTopic(3, 0));
    expect(windowTopic(0, 0)).not.toBe(windowTopic(0, 600));
    expect(found.silhouette).toBeGreaterThan(0.5);
  });

  it('discoverTopics(episodes, {maxTopics}) checks its options', () => {
    expect(() => discoverTopics(episodes, { maxTopics: 1 })).toThrow(/discoverTopics: maxTopics/);
    expect(() => discoverTopics('x' as never)).toThrow(/expected an array/);
    expect(discoverTopics([]).topics).toEqual([]);
  });
});
