import { describe, expect, it } from 'vitest';
import { makeEpisode } from '../../test/episode.js';
import { compileTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { defaultTaxonomy } from '../taxonomy/default-taxonomy.js';
import { loadTaxonomy } from '../taxonomy/load-taxonomy.js';
import { mapTag } from '../taxonomy/map-tag.js';
import { trainTagClassifier } from '../learn/train-tag-classifier.js';
import { topics } from './topics.js';

const episode = makeEpisode([
  ['host', 0, 'Today we talk about MLOps: deployment, monitoring and the feature store.'],
  [
    'guest',
    30,
    'Model monitoring and MLOps matter. Our data culture and company culture help, and we publish open source on GitHub.',
  ],
]);

describe('topics', () => {
  it('topics(episode) ranks the taxonomy topics the episode speaks of', () => {
    const ids = topics(episode, { limit: 3 }).map((t) => t.id);
    expect(ids[0]).toBe('mlops');
    expect(ids).toContain('culture');
    expect(ids).toContain('open-source');
  });

  it('topics(episode, {taxonomy}) uses a user taxonomy', () => {
    const taxonomy = loadTaxonomy({
      topics: [{ id: 'music', label: 'Music', terms: { 'record company': 3, vinyl: 2 } }],
    });
    const e = makeEpisode([['a', 0, 'My record company pressed vinyl.']]);
    expect(topics(e, { taxonomy })[0]).toMatchObject({ id: 'music', label: 'Music', score: 1 });
  });

  it('topics(episode, {level, branch}) reads the tree: top-level topics or one branch, each with its descendants', () => {
    const top = topics(episode, { level: 'top' });
    expect(top[0]!.id).toBe('technology');
    expect(top.reduce((a, t) => a + t.score, 0)).toBeCloseTo(1, 3);
    const flat = topics(episode);
    const tech = topics(episode, { branch: 'technology' });
    expect(tech[0]).toMatchObject({ id: 'data-ai' });
    expect(tech.find((t) => t.id === 'open-source')!.score).toBe(flat.find((t) => t.id === 'open-source')!.score);
    expect(topics(episode, { branch: 'mlops' })).toEqual([]);
    expect(() => topics(episode, { branch: 'nope' })).toThrow(/topics: unknown branch 'nope'/);
    expect(() => topics(episode, { level: 'top', branch: 'technology' })).toThrow(/not both/);
  });

  it('topics(episode) counts a word once, for the longest taxonomy term it is part of', () => {
    const taxonomy = loadTaxonomy({
      topics: [
        { id: 'ds', label: 'Data science', terms: { 'data science': 3 } },
        { id: 'sci', label: 'Science', terms: { science: 3 } },
      ],
    });
    expect(
      topics(makeEpisode([['a', 0, 'Data science, data science and science.']]), { taxonomy }).map((t) => [
        t.id,
        t.score,
      ]),
    ).toEqual([
      ['ds', Math.round((2 ** 0.7 / (2 ** 0.7 + 1)) * 1e4) / 1e4],
      ['sci', Math.round((1 / (2 ** 0.7 + 1)) * 1e4) / 1e4],
    ]);
  });

  it('topics(episode, {method}) checks the method', () => {
    expect(() => topics(episode, { method: 'nope' as 'taxonomy' })).toThrow(/unknown method 'nope'/);
    expect(() => topics(episode, { method: 'learned' })).toThrow(/needs options.model/);
  });
});

describe('taxonomy', () => {
  it('defaultTaxonomy holds the required topics and only terms that can match', () => {
    const labels = defaultTaxonomy.topics.map((t) => t.label);
    for (const l of [
      'MLOps',
      'Open source',
      'Culture',
      'Data engineering',
      'Machine learning',
      'Deep learning',
      'LLMs and generative AI',
      'Careers',
      'Leadership and management',
      'Hiring and teams',
      'Data governance and privacy',
      'Analytics and BI',
      'Product',
      'Startups and consulting',
      'Community and events',
      'Education',
      'Software engineering',
      'Research and academia',
      'Ethics and responsible AI',
    ]) {
      expect(labels).toContain(l);
    }
    expect(compileTaxonomy(defaultTaxonomy).unusable).toEqual([]);
  });

  it("defaultTaxonomy is a tree: Apple Podcasts' categories on top, the data topics under Technology and Business", () => {
    const byId = new Map(defaultTaxonomy.topics.map((t) => [t.id, t]));
    const top = defaultTaxonomy.topics.filter((t) => !t.parent).map((t) => t.label);
    expect(top).toHaveLength(19);
    for (const l of [
      'Arts',
      'Business',
      'Comedy',
      'Education',
      'Health & Fitness',
      'News',
      'Science',
      'Society & Culture',
      'Technology',
      'True Crime',
      'TV & Film',
    ])
      expect(top).toContain(l);
    const rootOf = (id: string): string => (byId.get(id)!.parent ? rootOf(byId.get(id)!.parent!) : id);
    for (const id of ['mlops', 'open-source', 'llms', 'databases', 'security', 'podcasting'])
      expect(rootOf(id)).toBe('technology');
    for (const id of ['culture', 'careers', 'startups', 'leadership']) expect(rootOf(id)).toBe('business');
  });

  it('loadTaxonomy(json) reads parents and refuses a missing parent or a cycle', () => {
    expect(
      loadTaxonomy({
        topics: [
          { id: 'a', label: 'A', terms: {} },
          { id: 'b', label: 'B', parent: 'a', terms: {} },
        ],
      }).topics[1]!.parent,
    ).toBe('a');
    expect(() => loadTaxonomy({ topics: [{ id: 'b', label: 'B', parent: 'a', terms: {} }] })).toThrow(
      /topic 'b' has parent 'a', which is not a topic/,
    );
    expect(() =>
      loadTaxonomy({
        topics: [
          { id: 'a', label: 'A', parent: 'b', terms: {} },
          { id: 'b', label: 'B', parent: 'a', terms: {} },
        ],
      }),
    ).toThrow(/its own ancestor/);
    expect(() => loadTaxonomy({ topics: [{ id: 'a', label: 'A', parent: 3, terms: {} }] })).toThrow(
      /topic 'a' has parent 3/,
    );
    const extended = loadTaxonomy(
      {
        topics: [
          { id: 'mlops', label: 'MLOps', terms: { 'Vertex AI': 2 } },
          { id: 'vector-db', label: 'Vector databases', parent: 'databases', terms: { Qdrant: 3 } },
        ],
      },
      { extend: defaultTaxonomy },
    );
    expect(extended.topics.find((t) => t.id === 'mlops')!.parent).toBe('data-ai');
    expect(extended.topics.find((t) => t.id === 'vector-db')!.parent).toBe('databases');
  });

  it('loadTaxonomy(json, {extend}) merges topics by id and names bad input', () => {
    const t = loadTaxonomy('{"topics":[{"id":"mlops","label":"MLOps","terms":{"Vertex AI":2}}]}', {
      extend: defaultTaxonomy,
    });
    expect(t.topics.length).toBe(defaultTaxonomy.topics.length);
    expect(t.topics.find((x) => x.id === 'mlops')!.terms['Vertex AI']).toBe(2);
    expect(t.topics.find((x) => x.id === 'mlops')!.terms['MLOps']).toBe(3);
    expect(() => loadTaxonomy({ topics: [{ id: 'x', label: 'X', terms: { a: 'high' } }] })).toThrow(
      /loadTaxonomy: topic 'x' term 'a'/,
    );
  });

  it('mapTag(tag, taxonomy) matches labels and aliases regardless of case, hyphens and plurals', () => {
    expect(mapTag('open-source', defaultTaxonomy)).toBe('open-source');
    expect(mapTag('career transitions', defaultTaxonomy)).toBe('careers');
    expect(mapTag('LLMs', defaultTaxonomy)).toBe('llms');
    expect(mapTag('underwater basket weaving', defaultTaxonomy)).toBeUndefined();
  });
});

describe('topics, learned and combined', () => {
  const tagged = [
    makeEpisode([
      ['a', 0, 'We deploy models with Kubernetes and monitor them in production. Model monitoring, deployment.'],
    ]),
    makeEpisode([['a', 0, 'Our culture and company culture: trust, diversity and communication.']]),
    makeEpisode([['a', 0, 'Deployment pipelines, Docker, Kubernetes, production monitoring.']]),
    makeEpisode([['a', 0, 'Culture matters: diversity, inclusion, trust in the team.']]),
  ];
  tagged[0]!.meta.tags = ['MLOps'];
  tagged[1]!.meta.tags = ['culture'];
  tagged[2]!.meta.tags = ['MLOps'];
  tagged[3]!.meta.tags = ['culture'];
  const model = trainTagClassifier(tagged, {
    minDocuments: 1,
    labelsOf: (e) => e.meta.tags.map((t) => mapTag(t, defaultTaxonomy)!),
  });

  it("topics(episode, {method: 'combined', model}) blends the model's probability with the taxonomy evidence", () => {
    const list = topics(episode, { method: 'combined', model });
    expect(list[0]!.id).toBe('mlops');
    expect(list.every((t) => t.score >= 0 && t.score <= 1)).toBe(true);
    const learned = topics(episode, { method: 'learned', model });
    expect(learned.map((t) => t.id).sort()).toEqual(['culture', 'mlops']);
  });

  it('topics(episode, {taxonomyWeight: 0}) is the learned ranking', () => {
    const combined = topics(episode, { method: 'combined', model, taxonomyWeight: 0 }).filter((t) => t.score > 0);
    expect(combined.map((t) => t.id)).toEqual(topics(episode, { method: 'learned', model }).map((t) => t.id));
    expect(() => topics(episode, { method: 'combined', model, taxonomyWeight: -1 })).toThrow(/taxonomyWeight/);
  });

  it('topics(episode) keeps community and communication apart, though their Porter stems are equal', () => {
    const e = makeEpisode([['a', 0, 'Our community, the community meetup and the community conference.']]);
    expect(topics(e)[0]!.id).toBe('community');
    expect(topics(e).find((t) => t.id === 'culture')!.score).toBe(0);
  });
});
