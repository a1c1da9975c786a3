import { describe, expect, it } from 'vitest';
import { makeEpisode } from '../../test/episode.js';
import { compileTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { defaultTaxonomy } from '../taxonomy/default-taxonomy.js';
import { loadTaxonomy } from '../taxonomy/load-taxonomy.js';
import { mapTag } from '../taxonomy/map-tag.js';
import { topics } from './topics.js';

const episode = makeEpisode([
  ['host', 0, 'Today we talk about MLOps: deployment, monitoring and the feature store.'],
  ['guest', 30, 'Model monitoring and MLOps matter. Our data culture and company culture help, and we publish open source on GitHub.'],
]);

describe('topics', () => {
  it('topics(episode) ranks the taxonomy topics the episode speaks of', () => {
    const ids = topics(episode, { limit: 3 }).map((t) => t.id);
    expect(ids[0]).toBe('mlops');
    expect(ids).toContain('culture');
    expect(ids).toContain('open-source');
  });

  it('topics(episode, {taxonomy}) uses a user taxonomy', () => {
    const taxonomy = loadTaxonomy({ topics: [{ id: 'music', label: 'Music', terms: { 'record company': 3, vinyl: 2 } }] });
    const e = makeEpisode([['a', 0, 'My record company pressed vinyl.']]);
    expect(topics(e, { taxonomy })[0]).toMatchObject({ id: 'music', label: 'Music', score: 1 });
  });

  it('topics(episode, {method}) checks the method', () => {
    expect(() => topics(episode, { method: 'nope' as 'taxonomy' })).toThrow(/unknown method 'nope'/);
    expect(() => topics(episode, { method: 'learned' })).toThrow(/needs options.model/);
  });
});

describe('taxonomy', () => {
  it('defaultTaxonomy holds the required topics and only terms that can match', () => {
    const labels = defaultTaxonomy.topics.map((t) => t.label);
    for (const l of ['MLOps', 'Open source', 'Culture', 'Data engineering', 'Machine learning', 'Deep learning', 'LLMs and generative AI', 'Careers', 'Leadership and management', 'Hiring and teams', 'Data governance and privacy', 'Analytics and BI', 'Product', 'Startups and consulting', 'Community and events', 'Education', 'Software engineering', 'Research and academia', 'Ethics and responsible AI']) {
      expect(labels).toContain(l);
    }
    expect(compileTaxonomy(defaultTaxonomy).unusable).toEqual([]);
  });

  it('loadTaxonomy(json, {extend}) merges topics by id and names bad input', () => {
    const t = loadTaxonomy('{"topics":[{"id":"mlops","label":"MLOps","terms":{"Vertex AI":2}}]}', { extend: defaultTaxonomy });
    expect(t.topics.length).toBe(defaultTaxonomy.topics.length);
    expect(t.topics.find((x) => x.id === 'mlops')!.terms['Vertex AI']).toBe(2);
    expect(t.topics.find((x) => x.id === 'mlops')!.terms['MLOps']).toBe(3);
    expect(() => loadTaxonomy({ topics: [{ id: 'x', label: 'X', terms: { a: 'high' } }] })).toThrow(/loadTaxonomy: topic 'x' term 'a'/);
  });

  it('mapTag(tag, taxonomy) matches labels and aliases regardless of case, hyphens and plurals', () => {
    expect(mapTag('open-source', defaultTaxonomy)).toBe('open-source');
    expect(mapTag('career transitions', defaultTaxonomy)).toBe('careers');
    expect(mapTag('LLMs', defaultTaxonomy)).toBe('llms');
    expect(mapTag('underwater basket weaving', defaultTaxonomy)).toBeUndefined();
  });
});
