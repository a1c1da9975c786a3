import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { loadTaxonomy } from '../taxonomy/load-taxonomy.js';
import { rollUpScores } from './roll-up-scores.js';

const taxonomy = loadTaxonomy({
  topics: [
    { id: 'leaf', label: 'Leaf', parent: 'mid', terms: { leaf: 1 } },
    { id: 'top', label: 'Top', terms: { top: 1 } },
    { id: 'mid', label: 'Mid', parent: 'top', terms: { mid: 1 } },
    { id: 'other', label: 'Other', terms: { other: 1 } },
  ],
});

describe('rollUpScores', () => {
  it('rollUpScores(own, compiled) adds every descendant into its ancestors, whatever the order of the topics', () => {
    expect(
      [...rollUpScores([0.1, 0.2, 0.3, 0.4], compileTaxonomy(taxonomy))].map((x) => Math.round(x * 10) / 10),
    ).toEqual([0.1, 0.6, 0.4, 0.4]);
  });
});
