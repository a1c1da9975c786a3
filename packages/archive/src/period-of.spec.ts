import { describe, expect, it } from 'vitest';
import { periodOf, periodsBetween } from './period-of.js';

describe('periodOf', () => {
  it('periodOf(date, period) names the month, quarter or year', () => {
    expect([periodOf('2024-05-03', 'month'), periodOf('2024-05-03', 'quarter'), periodOf('2024-05-03', 'year')]).toEqual(['2024-05', '2024-Q2', '2024']);
    expect(periodOf('soon', 'year')).toBeUndefined();
    expect(periodOf('2024-13-01', 'month')).toBeUndefined();
  });

  it('periodsBetween(first, last, period) lists every period, across years', () => {
    expect(periodsBetween('2023-Q4', '2024-Q2', 'quarter')).toEqual(['2023-Q4', '2024-Q1', '2024-Q2']);
    expect(periodsBetween('2023-11', '2024-01', 'month')).toEqual(['2023-11', '2023-12', '2024-01']);
  });
});
