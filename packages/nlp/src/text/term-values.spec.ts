import { parse } from '@podlens/parser';
import { describe, expect, it } from 'vitest';
import { indexTerms, type EpisodeTerms } from './index-terms.js';
import { TermValues } from './term-values.js';

const terms = (text: string) => indexTerms(parse(text, { format: 'plain' }).episode);

describe('TermValues', () => {
  it('of(terms) gives valueOf of each key, and works each interned term out once across episodes', () => {
    const seen = new Map<string, number>();
    const values = new TermValues((key) => {
      seen.set(key, (seen.get(key) ?? 0) + 1);
      return key.length;
    });
    const a = terms('Ann: feature stores and data lakes\nBob: data lakes again, feature stores\n');
    const b = terms('Ann: data lakes and model serving\nBob: serving models from data lakes\n');
    for (const t of [a, b, a]) expect(Array.from(values.of(t))).toEqual(t.keys.map((k) => k.length));
    expect(Math.max(...seen.values())).toBe(1);
    expect([...seen.keys()].sort()).toEqual([...new Set([...a.keys, ...b.keys])].sort());
  });

  it('of(terms) of terms not made by indexTerms works every key out by itself', () => {
    const values = new TermValues((key) => (key === 'data' ? 1 : 2));
    const made = { ...terms('Ann: data and models\n') } as EpisodeTerms;
    expect(Array.from(values.of(made))).toEqual(made.keys.map((k) => (k === 'data' ? 1 : 2)));
  });
});
