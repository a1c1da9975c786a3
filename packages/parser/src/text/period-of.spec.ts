import { describe, expect, it } from 'vitest';
import { periodBounds, periodOf, periodsBetween } from './period-of.js';

describe('periodOf', () => {
  it('periodOf(date, period) names the month, quarter or year', () => {
    expect([
      periodOf('2024-05-03', 'month'),
      periodOf('2024-05-03', 'quarter'),
      periodOf('2024-05-03', 'year'),
    ]).toEqual(['2024-05', '2024-Q2', '2024']);
    expect(periodOf('soon', 'year')).toBeUndefined();
    expect(periodOf('2024-13-01', 'month')).toBeUndefined();
  });

  it('periodsBetween(first, last, period) lists every period, across years', () => {
    expect(periodsBetween('2023-Q4', '2024-Q2', 'quarter')).toEqual(['2023-Q4', '2024-Q1', '2024-Q2']);
    expect(periodsBetween('2023-11', '2024-01', 'month')).toEqual(['2023-11', '2023-12', '2024-01']);
  });
});

describe('periodBounds', () => {
  it('periodBounds(name) gives the first and last day of a month, quarter or year', () => {
    expect(periodBounds('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodBounds('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodBounds('2023-02')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(periodBounds('2023')).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(periodBounds('2023-Q5')).toBeUndefined();
    expect(periodBounds('2023-13')).toBeUndefined();
  });

  it('periodBounds(periodOf(date)) holds the date, for every period', () => {
    for (const date of ['2021-01-01', '2021-03-31', '2022-06-15', '2024-12-31']) {
      for (const period of ['month', 'quarter', 'year'] as const) {
        const b = periodBounds(periodOf(date, period)!)!;
        expect(b.from <= date && date <= b.to, `${date} ${period}`).toBe(true);
      }
    }
  });
});
