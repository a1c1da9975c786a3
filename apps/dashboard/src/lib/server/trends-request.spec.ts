import { addEpisodes, openArchive } from '@podlens/archive';
import { parse, summarizeEpisode } from '@podlens/parser';
import { describe, expect, it } from 'vitest';
import { readTrendsRequest, runTrends } from './trends-request.js';

const read = (query: string) => readTrendsRequest(new URLSearchParams(query));

describe('readTrendsRequest', () => {
  it('readTrendsRequest(params) reads the terms, the period and the role', () => {
    expect(read('term=llm&term=%22feature+store%22&term=llm&term=+&by=year&role=guest')).toEqual({
      ok: true,
      value: { terms: ['llm', '"feature store"'], by: 'year', role: 'guest' },
    });
    expect(read('term=llm,+%22feature+store%22&term=mlops')).toEqual({
      ok: true,
      value: { terms: ['llm', '"feature store"', 'mlops'], by: 'quarter', role: 'all' },
    });
    expect(read('')).toEqual({ ok: true, value: { terms: [], by: 'quarter', role: 'all' } });
  });

  it('readTrendsRequest(params) names a bad value', () => {
    expect(read('term=a&by=week')).toEqual({ ok: false, message: "by: one of month, quarter, year (got 'week')" });
    expect(read('term=a&role=cohost')).toEqual({ ok: false, message: expect.stringContaining('role') });
    expect(read(Array.from({ length: 9 }, (_, i) => `term=t${i}`).join('&'))).toEqual({
      ok: false,
      message: expect.stringContaining('at most 8'),
    });
  });
});

describe('runTrends', () => {
  const db = openArchive(':memory:');
  const episode = (id: string, date: string, text: string) => {
    const result = parse(text, { fileName: `${id}.txt` });
    return { id, result, summary: { ...summarizeEpisode(result, { source: id }), date } };
  };
  addEpisodes(db, [
    episode(
      'a',
      '2023-01-10',
      'Ann: Feature stores, one feature store.\nBob: A feature store again.\nAnn: Fine, thanks.\n',
    ),
    episode('b', '2023-05-10', 'Ann: Nothing here.\nBob: Still nothing.\nAnn: Fine, thanks.\n'),
  ]);

  it('runTrends(db, request) counts a quoted phrase per period, with its words', () => {
    const view = runTrends(db, { terms: ['"feature store"'], by: 'quarter', role: 'all' });
    expect(view.terms[0]?.term).toBe('"feature store"');
    const points = view.terms[0]!.points;
    expect(points.map((p) => p.period)).toEqual(['2023-Q1', '2023-Q2']);
    expect(points.map((p) => p.count)).toEqual([3, 0]);
    expect(points[0]!.per10k).toBeCloseTo((3 / points[0]!.words) * 10_000, 9);
  });

  it('runTrends(db, request) with a role counts only what those speakers said, against their words', () => {
    const all = runTrends(db, { terms: ['"feature store"'], by: 'quarter', role: 'all' }).terms[0]!;
    const byRole = (['host', 'guest'] as const).map(
      (role) => runTrends(db, { terms: ['"feature store"'], by: 'quarter', role }).terms[0]!,
    );
    expect(byRole[0]!.total + byRole[1]!.total).toBe(all.total);
    for (const t of byRole) expect(t.points[0]!.words).toBeLessThan(all.points[0]!.words);
  });
});
