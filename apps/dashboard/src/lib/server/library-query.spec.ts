import { describe, expect, it } from 'vitest';
import type { LibraryRow } from '../types.js';
import { queryLibrary, readLibraryQuery, thin } from './library-query.js';

const row = (id: string, date: string, hostShare: number, topic = 'mlops'): LibraryRow => ({
  id,
  file: `${id}.md`,
  format: 'markdown-yaml',
  title: `Episode ${id}`,
  date,
  durationSeconds: 3600,
  speakers: [{ name: 'Ann', role: 'host', talkShare: hostShare }],
  hostShare,
  topTopics: [{ id: topic, label: topic }],
  warnings: 0,
});

describe('queryLibrary', () => {
  const rows = [row('a', '2024-01-01', 0.5), row('b', '2023-01-01', 0.2, 'culture'), row('c', '2025-01-01', 0.6)];

  it('queryLibrary(rows, query) filters, sorts and sends the first page', () => {
    expect(queryLibrary(rows, readLibraryQuery(new URLSearchParams(''))).rows.map((r) => r.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(
      queryLibrary(rows, readLibraryQuery(new URLSearchParams('sort=host&dir=asc'))).rows.map((r) => r.id),
    ).toEqual(['b', 'a', 'c']);
    expect(queryLibrary(rows, readLibraryQuery(new URLSearchParams('topic=culture'))).rows.map((r) => r.id)).toEqual([
      'b',
    ]);
    expect(queryLibrary(rows, readLibraryQuery(new URLSearchParams('band=in')))).toMatchObject({ matching: 1 });
    expect(queryLibrary(rows, readLibraryQuery(new URLSearchParams('shown=1')))).toMatchObject({
      matching: 3,
      rows: [{ id: 'c' }],
    });
  });

  it('readLibraryQuery(params) falls back to defaults on nonsense', () => {
    expect(readLibraryQuery(new URLSearchParams('sort=evil&dir=x&band=y&shown=-3'))).toMatchObject({
      sort: 'date',
      dir: 'desc',
      band: 'all',
      shown: 200,
    });
  });

  it('thin(points, max) keeps at most max points, spread evenly', () => {
    expect(thin([1, 2, 3, 4, 5, 6], 3)).toEqual([1, 3, 5]);
    expect(thin([1, 2], 3)).toEqual([1, 2]);
  });
});
