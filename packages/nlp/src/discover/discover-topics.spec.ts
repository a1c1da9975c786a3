import { describe, expect, it } from 'vitest';
import { fourSubjectEpisodes } from '../../test/four-subjects.js';
import { discoverTopics } from './discover-topics.js';
import { topicDocument } from './topic-document.js';

const episodes = fourSubjectEpisodes;

describe('discoverTopics', () => {
  it('discoverTopics(episodes) finds the subjects of the windows, chooses their number and labels them', () => {
    const found = discoverTopics(episodes, { windowSeconds: 300, minTopics: 2, maxTopics: 6 });
    expect(found.topics.length).toBe(4);
    expect(found.criterion).toBe('npmi');
    expect(found.candidates.map((c) => c.k)).toEqual([2, 3, 4]);
    const labels = found.topics.map((t) => t.phrases.join(' ').toLowerCase());
    expect(labels.some((l) => l.includes('kubernetes') || l.includes('docker'))).toBe(true);
    expect(labels.some((l) => l.includes('sourdough') || l.includes('flour'))).toBe(true);
    expect(found.segments.length).toBe(24);
    const windowTopic = (e: number, start: number) =>
      found.segments.find((s) => s.episode === e && s.start === start)!.topic;
    expect(windowTopic(0, 0)).toBe(windowTopic(1, 0));
    expect(windowTopic(0, 0)).toBe(windowTopic(0, 600));
    expect(windowTopic(0, 0)).not.toBe(windowTopic(0, 300));
    expect(windowTopic(0, 300)).toBe(windowTopic(3, 0));
    expect(found.coherence).toBeGreaterThan(0.5);
  });

  it('discoverTopics(episodes) leaves out the words said in most episodes', () => {
    const found = discoverTopics(episodes, { windowSeconds: 300, minTopics: 2, maxTopics: 6 });
    expect(found.model.terms).not.toContain('show');
    expect(
      found.topics
        .flatMap((t) => t.phrases)
        .join(' ')
        .toLowerCase(),
    ).not.toContain('show');
  });

  it('discoverTopics(episodes) is deterministic and its model survives JSON', () => {
    const a = discoverTopics(episodes, { windowSeconds: 300 });
    const b = discoverTopics(episodes, { windowSeconds: 300 });
    expect(a).toEqual(b);
    expect(JSON.parse(JSON.stringify(a.model))).toEqual(a.model);
    expect(a.model.topics.map((t) => t.id)).toEqual(a.topics.map((t) => t.id));
    expect(a.model.topics[0]!.vector).toHaveLength(a.model.terms.length);
  });

  it('discoverTopics(documents) finds what discoverTopics(episodes) finds, from the topicDocument of each episode', () => {
    const direct = discoverTopics(episodes, { windowSeconds: 300, minTopics: 2, maxTopics: 6 });
    const documents = episodes.map((e) => structuredClone(topicDocument(e, { windowSeconds: 300 })));
    expect(discoverTopics(documents, { windowSeconds: 300, minTopics: 2, maxTopics: 6 })).toEqual(direct);
    expect(
      discoverTopics([episodes[0]!, ...documents.slice(1)], { windowSeconds: 300, minTopics: 2, maxTopics: 6 }),
    ).toEqual(direct);
    expect(() => discoverTopics(documents, { windowSeconds: 600 })).toThrow(
      /discoverTopics: a document was cut into 300 s windows, expected 600/,
    );
  });

  it('discoverTopics(episodes) handles corpora too small to cluster', () => {
    expect(discoverTopics([]).topics).toEqual([]);
    expect(discoverTopics([]).model.topics).toEqual([]);
    const one = discoverTopics(episodes.slice(0, 1), { windowSeconds: 300 });
    expect(one.topics.length).toBeLessThanOrEqual(1);
    expect(one.segments.every((s) => s.topic >= 0 && s.topic < Math.max(1, one.topics.length))).toBe(true);
  });

  it('discoverTopics(episodes, {maxTopics}) checks its options', () => {
    expect(() => discoverTopics(episodes, { maxTopics: 1 })).toThrow(/discoverTopics: maxTopics/);
    expect(() => discoverTopics(episodes, { minTopics: 9, maxTopics: 5 })).toThrow(/discoverTopics: minTopics/);
    expect(() => discoverTopics(episodes, { maxEpisodeShare: 0 })).toThrow(/discoverTopics: maxEpisodeShare/);
    expect(() => discoverTopics('x' as never)).toThrow(/expected an array/);
  });
});
