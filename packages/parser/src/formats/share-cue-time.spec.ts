import { describe, expect, it } from 'vitest';
import { shareCueTime } from './share-cue-time.js';

describe('shareCueTime', () => {
  it('shareCueTime(start, end, words) splits a cue by words', () => {
    expect(shareCueTime(10, 20, [3, 1])).toEqual([
      { start: 10, end: 17.5 },
      { start: 17.5, end: 20 },
    ]);
    expect(shareCueTime(10, 20, [4])).toEqual([{ start: 10, end: 20 }]);
    expect(shareCueTime(10, undefined, [1, 1])).toEqual([{ start: 10 }, { start: 10 }]);
  });
});
