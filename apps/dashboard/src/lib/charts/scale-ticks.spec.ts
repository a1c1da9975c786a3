import { describe, expect, it } from 'vitest';
import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import { scaleTicks } from './scale-ticks.js';
import { formatPercent } from '../format.js';

describe('scaleTicks', () => {
  it("scaleTicks(linear, count, format) labels d3's round ticks with the format given", () => {
    const x = scaleLinear().domain([0, 0.5]).range([0, 600]);
    expect(scaleTicks(x, 5, (v) => formatPercent(v, 0)).map((t) => t.label)).toEqual([
      '0%',
      '10%',
      '20%',
      '30%',
      '40%',
      '50%',
    ]);
  });
  it("scaleTicks(utc, count) labels dates with the scale's own tick format", () => {
    const x = scaleUtc()
      .domain([new Date('2024-01-01'), new Date('2024-04-01')])
      .range([0, 600]);
    const ticks = scaleTicks(x, 3);
    expect(ticks.map((t) => t.label)).toEqual(['2024', 'February', 'March', 'April']);
    expect(ticks[1]!.value).toEqual(new Date('2024-02-01'));
  });
  it('scaleTicks of a band scale is empty (its rows are labelled, not ticked)', () => {
    expect(scaleTicks(scaleBand().domain(['a']), 5)).toEqual([]);
  });
});
