import { describe, expect, it } from 'vitest';
import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import { fitScale, position } from './fit-scale.js';

describe('fitScale', () => {
  it('fitScale(scaleLinear(), { domain, range }) maps the domain onto the range', () => {
    const x = fitScale(scaleLinear(), { domain: [0, 100], range: [120, 784] });
    expect(x(0)).toBe(120);
    expect(x(50)).toBe(452);
    expect(x(100)).toBe(784);
  });
  it('fitScale(scale, ...) leaves the scale it was given as it was', () => {
    const given = scaleLinear();
    fitScale(given, { domain: [0, 10], range: [0, 500] });
    expect(given.domain()).toEqual([0, 1]);
    expect(given.range()).toEqual([0, 1]);
  });
  it('fitScale(scaleUtc(), { nice: true }) rounds the domain out to whole periods', () => {
    const x = fitScale(scaleUtc(), {
      domain: [new Date('2024-01-17'), new Date('2024-11-03')],
      range: [0, 600],
      nice: true,
    });
    const [lo, hi] = x.domain() as Date[];
    expect(lo!.toISOString().slice(0, 10)).toBe('2024-01-01');
    expect(hi!.toISOString().slice(0, 10)).toBe('2024-12-01');
  });
  it('fitScale(scaleBand(), ...) gives each key a band of equal width', () => {
    const y = fitScale(scaleBand(), { domain: ['a', 'b', 'c'], range: [4, 94] });
    expect(y.bandwidth!()).toBe(30);
    expect(y('b')).toBe(34);
    expect(position(y, 'missing')).toBe(0);
  });
});
