import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model.js';
import { asNumber, asString, metaOf } from './front-matter-meta.js';

describe('metaOf', () => {
  it('maps title, dateadded or date, season, episode, an ISO duration, topics or tags, guests', () => {
    const diagnostics: Diagnostic[] = [];
    expect(
      metaOf(
        {
          title: ' Ep 1 ',
          date: new Date(Date.UTC(2024, 2, 1)),
          season: '2',
          episode: 7,
          duration: 'PT1H2M',
          tags: ['a', null, 3],
          guests: 'not a list',
        },
        diagnostics,
      ),
    ).toEqual({
      title: 'Ep 1',
      date: '2024-03-01',
      season: 2,
      episode: 7,
      durationSeconds: 3720,
      tags: ['a', '3'],
      guests: [],
    });
    expect(
      metaOf({ dateadded: '2024-01-02', date: '2023-01-01', topics: ['t'], tags: ['u'] }, diagnostics),
    ).toMatchObject({
      date: '2024-01-02',
      tags: ['t'],
    });
    expect(diagnostics).toEqual([]);
  });

  it('warns of a duration that is not ISO 8601, and ignores it', () => {
    const diagnostics: Diagnostic[] = [];
    expect(metaOf({ duration: '1:02:00' }, diagnostics).durationSeconds).toBeUndefined();
    expect(diagnostics.map((d) => `${d.severity} ${d.origin}`)).toEqual(['warning parser:duration']);
  });

  it('asString and asNumber: blank and non-finite are undefined', () => {
    expect([asString(null), asString('  '), asString(12)]).toEqual([undefined, undefined, '12']);
    expect([asNumber('x'), asNumber(''), asNumber('3.5'), asNumber(Infinity)]).toEqual([
      undefined,
      undefined,
      3.5,
      undefined,
    ]);
  });
});
