import { describe, expect, it } from 'vitest';
import { turnAtTime } from './turn-at-time.js';

const turns = [{ start: 3 }, { start: 51 }, { start: 95 }];

describe('turnAtTime', () => {
  it('turnAtTime(turns, t) is the turn whose span holds t', () => {
    expect(turnAtTime(turns, 3)).toBe(0);
    expect(turnAtTime(turns, 50.9)).toBe(0);
    expect(turnAtTime(turns, 51)).toBe(1);
    expect(turnAtTime(turns, 4000)).toBe(2);
  });
  it('turnAtTime(turns, t) before the first turn is the first, and -1 without turns', () => {
    expect(turnAtTime(turns, 0)).toBe(0);
    expect(turnAtTime([], 10)).toBe(-1);
  });
});
