import { describe, expect, it } from 'vitest';
import { timeAxisTicks } from './time-axis-ticks.js';

describe('timeAxisTicks', () => {
  it('timeAxisTicks([0, duration], count) ticks at a round step, labelled as times', () => {
    expect(timeAxisTicks([0, 600], 6)).toEqual(
      [0, 120, 240, 360, 480, 600].map((v) => ({ value: v, label: `${v / 60}:00` })),
    );
  });
  it('timeAxisTicks([start, end], count) counts from the start of the domain', () => {
    const ticks = timeAxisTicks([60, 120], 4);
    expect(ticks[0]).toEqual({ value: 60, label: '1:00' });
    expect(ticks.at(-1)).toEqual({ value: 120, label: '2:00' });
  });
  it('timeAxisTicks of an empty domain is the one tick at its start', () => {
    expect(timeAxisTicks([0, 0], 6)).toEqual([{ value: 0, label: '0:00' }]);
  });
});
