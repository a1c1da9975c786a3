import { addEpisodes, openArchive } from '@podlens/archive';
import { parse, summarizeEpisode } from '@podlens/parser';
import { describe, expect, it } from 'vitest';
import { readSearchRequest, runSearch } from './search-request.js';

const read = (query: string) => readSearchRequest(new URLSearchParams(query));

describe('readSearchRequest', () => {
  it('readSearchRequest(params) reads the words and every filter', () => {
    expect(
      read('q=%22feature+store%22&speaker=Ana&person=p1&from=2023-02-03&to=2023-Q2&topic=mlops&format=dtc&limit=10'),
    ).toEqual({
      ok: true,
      value: {
        q: '"feature store"',
        filters: { speaker: 'Ana', person: 'p1', from: '2023-02-03', to: '2023-06-30', topic: 'mlops', format: 'dtc' },
        limit: 10,
      },
    });
  });

  it('readSearchRequest(params) takes years and months from their first or last day, and leaves empty filters out', () => {
    expect(read('q=x&from=2022&to=2022-02&speaker=')).toEqual({
      ok: true,
      value: { q: 'x', filters: { from: '2022-01-01', to: '2022-02-28' }, limit: 50 },
    });
  });

  it('readSearchRequest(params) names a bad value', () => {
    expect(read('q=x&from=yesterday')).toEqual({ ok: false, message: expect.stringContaining("from: 'yesterday'") });
    expect(read('q=x&limit=0')).toEqual({ ok: false, message: expect.stringContaining('limit') });
    expect(read(`q=${'a'.repeat(501)}`)).toEqual({ ok: false, message: expect.stringContaining('q: at most') });
  });
});

describe('runSearch', () => {
  it('runSearch(db, request) links each hit to its moment and marked words', () => {
    const db = openArchive(':memory:');
    const result = parse(
      '[00:00:05] Ana: Hello there.\n[00:01:30] Ben: Our feature stores are great. Really.\n[00:02:00] Ana: Fine.\n',
      { fileName: 'ep.txt' },
    );
    addEpisodes(db, [{ id: 'ep one', result, summary: summarizeEpisode(result, { source: 'ep.txt' }) }]);
    const found = runSearch(db, { q: '"feature store"', filters: {}, limit: 5 });
    expect(found.episodes[0]?.href).toBe('/episode/ep%20one');
    const url = new URL(found.episodes[0]!.hits[0]!.href, 'http://x');
    expect(url.searchParams.get('t')).toBe('90');
    expect(url.searchParams.getAll('mark')).toEqual(['feature stores']);
    db.close();
  });
});
