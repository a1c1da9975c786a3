import { describe, expect, it } from 'vitest';
import { makeEpisode } from '../../test/episode.js';
import { corpusTopicTimeline } from './corpus-topic-timeline.js';
import { speakerTopics } from './speaker-topics.js';
import { topicFlow } from './topic-flow.js';

const episode = makeEpisode(
  [
    ['host', 0, 'Tell me about your career and your first interview. Career advice, resume, portfolio.'],
    ['guest', 100, 'My career started with an interview.'],
    ['host', 240, 'Now MLOps: deployment and model monitoring?'],
    ['guest', 300, 'MLOps means deployment, monitoring, a feature store and Kubernetes.'],
  ],
  480,
);

describe('topicFlow', () => {
  it('topicFlow(episode, {binSeconds, smoothing: 0}) puts each topic where it is said', () => {
    const flow = topicFlow(episode, { binSeconds: 120, smoothing: 0 });
    expect(flow.binSeconds).toBe(120);
    expect(flow.bins.map((b) => b.start)).toEqual([0, 120, 240, 360]);
    expect(flow.bins[0]!.scores['careers']).toBeGreaterThan(0.5);
    expect(flow.bins[2]!.scores['mlops']).toBeGreaterThan(0.5);
    expect(flow.bins[0]!.scores['mlops'] ?? 0).toBe(0);
    expect(Object.values(flow.bins[0]!.scores).every((x) => x > 0)).toBe(true);
  });

  it('topicFlow(episode) smooths by default', () => {
    const flow = topicFlow(episode, { binSeconds: 120 });
    expect(flow.bins[1]!.scores['mlops']).toBeGreaterThan(0);
  });

  it('speakerTopics(episode) gives each speaker their topics', () => {
    const list = speakerTopics(episode);
    expect(list.map((s) => s.speakerId)).toEqual(['host', 'guest']);
    expect(list[1]!.topics[0]!.id).toBe('mlops');
  });

  it('corpusTopicTimeline(episodes, {by}) averages per period', () => {
    const a = { ...episode, meta: { ...episode.meta, date: '2023-02-10' } };
    const b = { ...episode, meta: { ...episode.meta, date: '2023-05-01' } };
    expect(corpusTopicTimeline([a, b], { by: 'quarter' }).map((x) => x.period)).toEqual(['2023-Q1', '2023-Q2']);
    expect(corpusTopicTimeline([a, b], { by: 'year' })[0]!.episodes).toBe(2);
  });
});
