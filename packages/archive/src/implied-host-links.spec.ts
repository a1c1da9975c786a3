import { describe, expect, it } from 'vitest';
import { impliedHostLinks } from './implied-host-links.js';

const rows = (list: [string, string][]) => list.map(([episodeId, personKey]) => ({ episodeId, personKey }));

describe('impliedHostLinks', () => {
  it('links a first-name host to the one full-named person of that first name who is never heard beside them', () => {
    const links = impliedHostLinks(
      rows([
        ['e1', 'host:sam'],
        ['e1', 'name:maria lopez'],
        ['e2', 'host:sam'],
        ['e3', 'host:jo'],
        ['e3', 'name:sam rivera'],
      ]),
    );
    expect([...links]).toEqual([['host:sam', 'name:sam rivera']]);
  });
  it('links nothing where that person speaks beside the host: a guest who shares the host first name is someone else', () => {
    expect(
      impliedHostLinks(
        rows([
          ['e1', 'host:sam'],
          ['e1', 'name:sam rivera'],
          ['e2', 'host:sam'],
        ]),
      ).size,
    ).toBe(0);
  });
  it('links nothing where two full-named people share the first name (ambiguous), or the host has a full name already', () => {
    expect(
      impliedHostLinks(
        rows([
          ['e1', 'host:sam'],
          ['e2', 'name:sam rivera'],
          ['e3', 'name:sam ortiz'],
          ['e4', 'host:ann lee'],
          ['e5', 'name:ann lee-smith'],
        ]),
      ).size,
    ).toBe(0);
  });
});
