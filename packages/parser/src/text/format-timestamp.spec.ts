import { describe, expect, it } from 'vitest';
import { formatDuration, formatTimestamp } from './format-timestamp.js';

describe('formatTimestamp and formatDuration', () => {
  it('formatTimestamp(seconds) writes m:ss under an hour and h:mm:ss from then on, floored', () => {
    expect([0, 59.9, 61, 3599.5, 3600, 3723.9, 36000].map(formatTimestamp)).toEqual([
      '0:00',
      '0:59',
      '1:01',
      '59:59',
      '1:00:00',
      '1:02:03',
      '10:00:00',
    ]);
  });

  it('formatDuration(seconds) rounds to the nearest second', () => {
    expect([0.4, 0.5, 59.5, 3599.5, 3723.9].map(formatDuration)).toEqual([
      '0:00',
      '0:01',
      '1:00',
      '1:00:00',
      '1:02:04',
    ]);
  });

  it('both write a negative or non-finite value as 0:00', () => {
    for (const f of [formatTimestamp, formatDuration])
      expect([-5, Number.NaN, Infinity, -Infinity].map(f)).toEqual(['0:00', '0:00', '0:00', '0:00']);
  });
});
