import { expect, it } from 'vitest';
import { makeEpisode } from '../../test/episode.js';
import { episodeSegments } from './episode-segments.js';

const episode = makeEpisode(
  [
    ['alice', 0, 'Kubernetes clusters keep deployment reliable, says Alice.'],
    ['bob', 400, 'Sourdough bread needs flour.'],
  ],
  700,
);

it('episodeSegments(episode, windowSeconds) cuts windows and counts terms without speakers names', () => {
  const segments = episodeSegments(episode, 300);
  expect(segments.map((s) => [s.start, s.end])).toEqual([
    [0, 300],
    [300, 600],
    [600, 700],
  ]);
  expect([...segments[0]!.counts.keys()].join(' ')).toMatch(/kubernet/);
  expect([...segments[0]!.counts.keys()].some((k) => k.includes('alic'))).toBe(false);
  expect(segments[1]!.words).toBeGreaterThan(0);
  expect(segments.reduce((n, s) => n + s.words, 0)).toBe(
    segments.reduce((n, s) => n + [...s.counts.values()].reduce((a, b) => a + b, 0), 0),
  );
});

it('episodeSegments(episode, windowSeconds) follows chapters and keeps one speaker when asked', () => {
  const chaptered = {
    ...episode,
    chapters: [
      { title: 'a', start: 0, end: 350, origin: 'transcript' as const },
      { title: 'b', start: 350, end: 700, origin: 'transcript' as const },
    ],
  };
  expect(episodeSegments(chaptered, 300).map((s) => s.start)).toEqual([0, 350]);
  const bob = episodeSegments(episode, 300, { speakerId: 'bob' });
  expect(bob[0]!.words).toBe(0);
  expect(bob[1]!.words).toBeGreaterThan(0);
});
