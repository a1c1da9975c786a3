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

describe('termTrends on phrases', () => {
  it('termTrends(db, phrases) counts a phrase said twice in one unit twice, and phrases of three words', async () => {
    const { addEpisodes, findPhrase, openArchive, searchKeys } = await import('./index.js');
    const { parse, summarizeEpisode } = await import('@podlens/parser');
    const db = openArchive(':memory:');
    const text = [
      'Ann: The open source way: open source code, open, source, and open sourcing.',
      'Bob: Open source machine learning is machine learning in the open.',
      'Ann: Thanks.',
      '',
    ].join('\n');
    const result = parse(text, { fileName: 'e.txt' });
    addEpisodes(db, [
      { id: 'e', result, summary: { ...summarizeEpisode(result, { source: 'e' }), date: '2024-02-01' } },
    ]);
    const r = termTrends(db, ['open source', 'open source machine learning', 'machine learning', 'source open'], {
      period: 'year',
      byRole: true,
    });
    // The plain count: every place of the phrase's keys in every unit's keys ('open, source' and 'open sourcing' too).
    const units = result.episode.turns.flatMap((t) => t.paragraphs.map((p) => searchKeys(p.text).map((k) => k.key)));
    const plain = (term: string) =>
      units.reduce(
        (n, keys) =>
          n +
          findPhrase(
            keys,
            searchKeys(term).map((k) => k.key),
          ).length,
        0,
      );
    expect(r.terms.map((t) => t.total)).toEqual(r.terms.map((t) => plain(t.term)));
    expect(r.terms[0]!.total).toBeGreaterThan(
      units.filter((keys) => findPhrase(keys, ['open', 'sourc']).length > 0).length,
    );
    expect(r.terms[3]!.total).toBe(0);
    const point = r.terms[0]!.points[0]!;
    expect(Object.values(point.byRole!).reduce((s, x) => s + x.count, 0)).toBe(point.count);
    db.close();
  });
});
