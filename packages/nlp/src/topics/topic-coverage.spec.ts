import { describe, expect, it } from 'vitest';
import { makeEpisode } from '../../test/episode.js';
import { loadTaxonomy } from '../taxonomy/load-taxonomy.js';
import { lowTopicCoverage, topicCoverage } from './topic-coverage.js';

const taxonomy = loadTaxonomy({
  topics: [{ id: 'db', label: 'Databases', terms: { 'query planner': 3, Postgres: 3, vacuum: 0.5 } }],
});

describe('topicCoverage', () => {
  it('topicCoverage(episode) is the share of content words said inside a taxonomy term of weight 1 or more', () => {
    // content words: postgres query planner chose bad plan vacuum ran = 8; inside terms: postgres, query, planner = 3
    const e = makeEpisode([['a', 0, 'The Postgres query planner chose a bad plan. Vacuum ran.']]);
    expect(topicCoverage(e, { taxonomy })).toEqual({ share: Math.round((3 / 8) * 1e4) / 1e4, low: false });
  });

  it('topicCoverage(episode) is low where the words are about something the taxonomy lacks', () => {
    const e = makeEpisode([
      [
        'a',
        0,
        'We walked along the old harbour, watched sailing boats, ate ice cream, fed seagulls, counted waves and talked about Postgres until sunset.',
      ],
    ]);
    const c = topicCoverage(e, { taxonomy });
    expect(c.share).toBeLessThan(lowTopicCoverage);
    expect(c.low).toBe(true);
  });

  it('topicCoverage(segment) reads only the segment; an empty one is not low', () => {
    const e = makeEpisode([
      ['a', 0, 'Postgres and the query planner.'],
      ['b', 30, 'Boats, harbours, ice cream, sunshine, grandmother, holidays, beaches, sand, waves.'],
    ]);
    expect(topicCoverage({ episode: e, speakerId: 'a' }, { taxonomy }).share).toBe(1);
    expect(topicCoverage({ episode: e, speakerId: 'b' }, { taxonomy }).low).toBe(true);
    expect(topicCoverage({ episode: e, start: 1000 }, { taxonomy })).toEqual({ share: 0, low: false });
  });
});
