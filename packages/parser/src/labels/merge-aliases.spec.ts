import { describe, expect, it } from 'vitest';
import { mergeAliases } from './merge-aliases.js';

describe('mergeAliases', () => {
  it('mergeAliases(stats) merges a minor label that extends a main one', () => {
    const r = mergeAliases([
      { label: 'Alexey', seconds: 1000, lines: 50 },
      { label: 'Aditya', seconds: 2000, lines: 50 },
      { label: 'Alexeylexey', seconds: 20, lines: 1 },
      { label: 'Adityaitya', seconds: 30, lines: 1 },
    ]);
    expect(r.merged.map((d) => [d.alias, d.into])).toEqual([
      ['Alexeylexey', 'Alexey'],
      ['Adityaitya', 'Aditya'],
    ]);
  });

  it('mergeAliases(stats) merges case and punctuation variants', () => {
    const r = mergeAliases([
      { label: 'Theo', seconds: 1000, lines: 50 },
      { label: 'theo', seconds: 10, lines: 2 },
    ]);
    expect(r.merged).toEqual([expect.objectContaining({ alias: 'theo', into: 'Theo' })]);
  });

  it('mergeAliases(stats) never merges two real people, and says when names look alike', () => {
    const r = mergeAliases([
      { label: 'Alexey', seconds: 1000, lines: 50 },
      { label: 'Alexa', seconds: 900, lines: 40 },
      { label: 'Speaker', seconds: 10, lines: 1 },
    ]);
    expect(r.merged).toEqual([]);
    const minor = mergeAliases([
      { label: 'Alexey', seconds: 1000, lines: 50 },
      { label: 'Jon', seconds: 900, lines: 40 },
      { label: 'Alexa', seconds: 20, lines: 3 },
    ]);
    expect(minor.merged).toEqual([]);
    expect(minor.keptApart.map((d) => d.alias)).toEqual(['Alexa']);
  });

  it('mergeAliases(stats) merges a rare label one letter away, and not one two letters away (natural counted Hana -> Hannah as one)', () => {
    const stats = (minor: string) => [
      { label: 'Hannah', seconds: 1000, lines: 50 },
      { label: 'Jon', seconds: 900, lines: 40 },
      { label: minor, seconds: 10, lines: 1 },
    ];
    expect(mergeAliases(stats('Hanah')).merged).toEqual([
      expect.objectContaining({ alias: 'Hanah', into: 'Hannah', reason: "a rare label one letter away from 'Hannah'" }),
    ]);
    const apart = mergeAliases(stats('Hana'));
    expect(apart.merged).toEqual([]);
    expect(apart.keptApart.map((d) => [d.alias, d.into])).toEqual([['Hana', 'Hannah']]);
  });
});
