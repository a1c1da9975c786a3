import { expect, it } from 'vitest';
import { clusterTerms, type DiscoveryCorpus } from './cluster-terms.js';
import { sparseRows } from './sparse-rows.js';

// Four segments over five terms: segments 0 and 1 on 'data' and 'data lake', 2 and 3 on 'bread' and 'flour'; 'show' in all.
const terms = ['bread', 'data', 'data lake', 'flour', 'show'];
const said = [
  new Map([
    [1, 3],
    [2, 2],
    [4, 1],
  ]),
  new Map([
    [1, 2],
    [2, 1],
    [4, 1],
  ]),
  new Map([
    [0, 4],
    [3, 1],
    [4, 1],
  ]),
  new Map([
    [0, 1],
    [3, 3],
    [4, 1],
  ]),
];
const x = sparseRows(said, terms.length);
const counts = new Float64Array(x.value.length);
said.forEach((m, i) => {
  for (let j = x.start[i]!; j < x.start[i + 1]!; j++) counts[j] = m.get(x.column[j]!)!;
});
const corpus: DiscoveryCorpus = {
  terms,
  x,
  counts,
  boost: Float64Array.from(terms, (t) => (t.includes(' ') ? 1.4 : 1)),
  embedding: new Float64Array(4),
  width: 1,
  seed: 1,
};

it('clusterTerms(corpus, assign, k, limit) ranks each cluster own terms first, the common one last, one of a phrase and its word', () => {
  // 'data lake' (weighed up as a phrase) outranks 'data', which is inside it and so passed over.
  expect(clusterTerms(corpus, Int32Array.of(0, 0, 1, 1), 2, 5)).toEqual([
    [2, 4],
    [0, 3, 4],
  ]);
  expect(clusterTerms(corpus, Int32Array.of(0, 0, 1, 1), 2, 2)).toEqual([
    [2, 4],
    [0, 3],
  ]);
  expect(clusterTerms(corpus, Int32Array.of(1, 1, 0, 0), 2, 1)).toEqual([[0], [2]]);
});

it('clusterTerms(corpus, assign, k, limit) picks from every term of a cluster larger than its ranked few', () => {
  const many = Array.from({ length: 200 }, (_, t) => `term${String(t).padStart(3, '0')}`);
  const rows = [0, 1].map((i) => new Map(many.map((_, t) => [t, 1 + ((t * (i + 3)) % 17)] as [number, number])));
  const big = sparseRows(rows, many.length);
  const c = new Float64Array(big.value.length);
  rows.forEach((m, i) => {
    for (let j = big.start[i]!; j < big.start[i + 1]!; j++) c[j] = m.get(big.column[j]!)!;
  });
  const wide = { ...corpus, terms: many, x: big, counts: c, boost: new Float64Array(many.length).fill(1) };
  // With 23 a cluster, all 200 terms are ranked; with 3, only those above the floor of the best 40.
  const all = clusterTerms(wide, Int32Array.of(0, 1), 2, 23);
  expect(all.map((l) => l.length)).toEqual([23, 23]);
  expect(clusterTerms(wide, Int32Array.of(0, 1), 2, 3)).toEqual(all.map((l) => l.slice(0, 3)));
});
