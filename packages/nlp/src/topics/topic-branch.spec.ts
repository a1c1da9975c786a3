import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '../taxonomy/default-taxonomy.js';
import { loadTaxonomy } from '../taxonomy/load-taxonomy.js';
import { topicBranch } from './topic-branch.js';

const taxonomy = loadTaxonomy({
  topics: [
    { id: 'tech', label: 'Tech', terms: { tech: 1 } },
    { id: 'db', label: 'Databases', parent: 'tech', terms: { SQL: 1 } },
    { id: 'web', label: 'Web', parent: 'tech', terms: { CSS: 1 } },
    { id: 'css', label: 'CSS', parent: 'web', terms: { grid: 1 } },
    { id: 'food', label: 'Food', terms: { bread: 1 } },
  ],
});

describe('topicBranch', () => {
  it('topicBranch(scores) gives the top level, each topic holding its own score and its branch', () => {
    expect(topicBranch({ db: 0.3, css: 0.2, web: 0.1, tech: 0.1, food: 0.3 }, { taxonomy })).toEqual([
      { id: 'tech', label: 'Tech', score: 0.7, children: 2 },
      { id: 'food', label: 'Food', score: 0.3, children: 0 },
    ]);
  });

  it('topicBranch(scores, {branch}) opens one topic: its children; unknown ids are left out', () => {
    expect(
      topicBranch({ db: 0.3, css: 0.2, web: 0.1, nope: 5 }, { taxonomy, branch: 'tech' }).map((t) => [t.id, t.score]),
    ).toEqual([
      ['db', 0.3],
      ['web', 0.3],
    ]);
    expect(topicBranch({}, { taxonomy, branch: 'food' })).toEqual([]);
    expect(() => topicBranch({}, { taxonomy, branch: 'nope' })).toThrow(/topicBranch: unknown branch 'nope'/);
  });

  it('topicBranch(scores) on the default taxonomy: the data topics roll up into Technology and Business', () => {
    const top = topicBranch({ mlops: 0.4, 'open-source': 0.2, culture: 0.2, careers: 0.2 });
    expect(top.slice(0, 2).map((t) => [t.id, t.score])).toEqual([
      ['technology', 0.6],
      ['business', 0.4],
    ]);
    expect(topicBranch({ mlops: 0.4 }, { branch: 'technology' })[0]).toMatchObject({ id: 'data-ai', score: 0.4 });
    expect(top.length).toBe(defaultTaxonomy.topics.filter((t) => t.parent === undefined).length);
  });
});
