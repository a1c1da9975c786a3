import { describe, expect, it } from 'vitest';
import { fixtureArchive } from '../test/fixture.js';
import { termTrends } from './term-trends.js';

describe('termTrends', () => {
  const db = fixtureArchive();

  it('termTrends(db, terms) counts every mention per quarter, with the gaps between as zeros', () => {
    const r = termTrends(db, ['feature store', 'LLMs'], { period: 'quarter' });
    expect(r.terms[0]!.points.map((p) => [p.period, p.count])).toEqual([
      ['2023-Q1', 3],
      ['2023-Q2', 0],
      ['2023-Q3', 1],
      ['2023-Q4', 0],
      ['2024-Q1', 3],
    ]);
    expect(r.terms[1]!.total).toBe(4);
    const q1 = r.terms[0]!.points[0]!;
    expect(q1.per10k).toBeCloseTo((q1.count / q1.words) * 10_000, 10);
    expect(q1.words).toBeGreaterThan(0);
    expect(r.undatedEpisodes).toBe(0);
  });

  it('termTrends(db, terms, { byRole }) splits the counts by who said them', () => {
    const r = termTrends(db, ['feature store'], { period: 'year', byRole: true });
    const y2024 = r.terms[0]!.points.find((p) => p.period === '2024')!;
    expect(y2024.byRole!.host!.count + y2024.byRole!.guest!.count).toBe(y2024.count);
    expect(y2024.byRole!.host!.count).toBe(1);
  });
});
