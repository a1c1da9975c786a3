import { expect, it } from 'vitest';
import { topicCounts } from './topic-counts.js';

it('topicCounts(min, max) tries every number up to 10, then steps of about a sixth, ending on max', () => {
  expect(topicCounts(4, 30)).toEqual([4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 19, 22, 26, 30]);
  expect(topicCounts(1, 3)).toEqual([1, 2, 3]);
  expect(topicCounts(5, 4)).toEqual([]);
});
