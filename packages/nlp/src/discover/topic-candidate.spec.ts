import { expect, it } from 'vitest';
import { fourSubjectEpisodes } from '../../test/four-subjects.js';
import { prepareDiscovery } from './discover-topics.js';
import { sparseRows } from './sparse-rows.js';
import { termSegments, topicCandidate } from './topic-candidate.js';

it('topicCandidate(corpus, k) clusters the prepared segments, the same from a copy made by postMessage', () => {
  const prepared = prepareDiscovery(fourSubjectEpisodes, { windowSeconds: 300 });
  const corpus = prepared.corpus!;
  const four = topicCandidate(corpus, 4);
  expect(four.k).toBe(4);
  expect(four.clusters).toBe(4);
  expect(four.assign).toHaveLength(corpus.x.rows);
  expect(new Set(four.assign).size).toBe(4);
  expect(four.coherence).toBeGreaterThan(topicCandidate(corpus, 2).coherence);
  expect(topicCandidate(structuredClone(corpus), 4)).toEqual(four);
});

it('termSegments(x) lists the rows that hold each column, ascending', () => {
  const x = sparseRows(
    [
      new Map([
        [0, 1],
        [2, 1],
      ]),
      new Map([[2, 3]]),
      new Map([
        [0, 2],
        [1, 1],
      ]),
    ],
    4,
  );
  expect(termSegments(x)).toEqual([Int32Array.of(0, 2), Int32Array.of(2), Int32Array.of(0, 1), Int32Array.of()]);
  expect(termSegments(x)).toBe(termSegments(x));
});
