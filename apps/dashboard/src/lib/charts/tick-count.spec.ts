import { describe, expect, it } from 'vitest';
import { tickCount } from './tick-count.js';

describe('tickCount', () => {
  it('tickCount(length, spacing) gives one tick per spacing', () => {
    expect(tickCount(800, 90)).toBe(8);
    expect(tickCount(1200, 110)).toBe(10);
  });
  it('tickCount(length, spacing) keeps at least the minimum on a narrow or unmeasured axis', () => {
    expect(tickCount(100, 90)).toBe(2);
    expect(tickCount(Number.NaN, 90)).toBe(2);
    expect(tickCount(0, 90, 3)).toBe(3);
  });
});
