import { describe, expect, it } from 'vitest';
import type { AnalyzedEpisode } from '../types.js';
import { atTopicLevel, corpusTopics, topicBranches } from './aggregate.js';

const episode = (id: string, topicScores: Record<string, number>): AnalyzedEpisode =>
  ({
    id,
    file: `${id}.txt`,
    alternates: [],
    summary: {
      topics: Object.entries(topicScores).map(([t, score]) => ({ id: t, label: t, score })),
      speakers: [],
      diagnostics: [],
    },
    hostShare: null,
    interactivity: null,
    windows: [],
    turns: [],
    speakerTopics: { Ann: topicScores },
    topicScores,
  }) as unknown as AnalyzedEpisode;

const episodes = [
  episode('a', { mlops: 0.5, databases: 0.3, careers: 0.2 }),
  episode('b', { 'mental-health': 0.6, 'open-source': 0.4 }),
];

describe('atTopicLevel', () => {
  it("atTopicLevel(episodes, 'top') gives each episode its top-level topics, rolled up, for every topic chart", () => {
    const [a, b] = atTopicLevel(episodes, 'top');
    expect(a!.summary.topics.map((t) => [t.id, t.score])).toEqual([
      ['technology', 0.8],
      ['business', 0.2],
    ]);
    expect(b!.summary.topics.map((t) => t.id)).toEqual(['health-fitness', 'technology']);
    expect(a!.speakerTopics['Ann']!['technology']).toBe(0.8);
    expect(corpusTopics(atTopicLevel(episodes, 'top')).map((t) => t.id)).toEqual([
      'technology',
      'health-fitness',
      'business',
    ]);
  });

  it("atTopicLevel(episodes, id) opens a branch; '' leaves the episodes as they are", () => {
    expect(atTopicLevel(episodes, 'technology')[0]!.summary.topics.map((t) => [t.id, t.score])).toEqual([
      ['data-ai', 0.5],
      ['databases', 0.3],
    ]);
    expect(atTopicLevel(episodes, '')).toBe(episodes);
  });

  it('topicBranches(episodes) lists the branches the corpus speaks of that can be opened', () => {
    const ids = topicBranches(episodes).map((t) => t.id);
    expect(ids.slice(0, 3)).toEqual(['technology', 'health-fitness', 'business']);
    expect(ids).toContain('data-ai');
    expect(ids).not.toContain('databases');
  });
});
