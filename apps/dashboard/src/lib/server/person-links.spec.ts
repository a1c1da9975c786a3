import type { Person } from '@podlens/archive';
import { describe, expect, it } from 'vitest';
import { checkLink, linksInto } from './person-links.js';

const ep = (episodeId: string, speakerId: string, name: string) => ({
  episodeId,
  title: null,
  date: null,
  speakerId,
  name,
  talkShare: 0.5,
  talkSeconds: 1,
  words: 1,
  turns: 1,
  longestMonologueSeconds: 1,
});
const people: Person[] = [
  { id: 'episode:e1/dan', name: 'Dan', role: 'guest', episodes: [ep('e1', 'dan', 'Dan')] },
  { id: 'episode:e2/dan', name: 'Dan', role: 'guest', episodes: [ep('e2', 'dan', 'Dan')] },
];

describe('checkLink', () => {
  it('checkLink(people, from, to, links) allows two different people of the archive', () => {
    expect(checkLink(people, 'episode:e1/dan', 'episode:e2/dan', new Map())).toEqual({ ok: true });
  });
  it('checkLink refuses an unknown person, no choice, and two that are one person already', () => {
    expect(checkLink(people, 'nobody', 'episode:e2/dan', new Map())).toMatchObject({
      ok: false,
      message: expect.stringContaining("no person 'nobody'"),
    });
    expect(checkLink(people, 'episode:e1/dan', '', new Map())).toMatchObject({
      ok: false,
      message: 'Choose the person to link with.',
    });
    expect(checkLink(people, 'episode:e1/dan', 'x', new Map())).toMatchObject({ ok: false });
    expect(checkLink(people, 'episode:e1/dan', 'episode:e1/dan', new Map())).toMatchObject({
      ok: false,
      message: 'Those are one person already.',
    });
  });
});

describe('linksInto', () => {
  it('linksInto(person, links, keyOf, episodes) lists each key linked into the person with its names and episodes', () => {
    const links = new Map([['episode:e1/dan', 'episode:e2/dan']]);
    const keyOf = (e: string, s: string) => `episode:${e}/${s}`;
    const merged = [ep('e1', 'dan', 'Dan'), ep('e2', 'dan', 'Dan')];
    expect(linksInto('episode:e2/dan', links, keyOf, merged)).toEqual([
      { key: 'episode:e1/dan', label: 'Dan (1 episode)' },
    ]);
    expect(linksInto('episode:e1/dan', links, keyOf, merged)).toEqual([]);
  });
  it('linksInto follows a chain: each key is listed with the episodes that reach the person through it', () => {
    const links = new Map([
      ['episode:e1/dan', 'episode:e2/dan'],
      ['episode:e2/dan', 'host:dan'],
    ]);
    const keyOf = (e: string, s: string) => (e === 'e3' ? 'host:dan' : `episode:${e}/${s}`);
    const merged = [ep('e1', 'dan', 'Dan'), ep('e2', 'dan', 'Daniel'), ep('e3', 'dan', 'Dan')];
    expect(linksInto('host:dan', links, keyOf, merged)).toEqual([
      { key: 'episode:e1/dan', label: 'Dan (1 episode)' },
      { key: 'episode:e2/dan', label: 'Dan, Daniel (2 episodes)' },
    ]);
  });
});
