import { describe, expect, it } from 'vitest';
import { fixtureArchive } from '../test/fixture.js';
import { linkPeople, listPeople, personLinks, resolvePerson, unlinkPeople } from './people.js';
import { personKey } from './person-key.js';

describe('people', () => {
  it('listPeople(db): the host recurs, a full name is one person, two guests called Daniel stay apart', () => {
    const db = fixtureArchive();
    const people = listPeople(db);
    expect(people[0]).toMatchObject({ id: 'host:sam', role: 'host' });
    expect(people[0]!.episodes.map((e) => e.episodeId)).toEqual(['e1', 'e2', 'e3']);
    const daniels = people.filter((p) => p.name === 'Daniel');
    expect(daniels.map((d) => d.episodes.map((e) => e.episodeId))).toEqual([['e2'], ['e3']]);
    expect(people.find((p) => p.id === 'name:maria lopez')!.episodes).toHaveLength(1);
  });

  it('linkPeople and unlinkPeople join and part two speakers, kept in the archive', () => {
    const db = fixtureArchive();
    linkPeople(db, 'episode:e3/daniel', 'episode:e2/daniel');
    expect(
      listPeople(db)
        .filter((p) => p.name === 'Daniel')
        .map((d) => d.episodes.length),
    ).toEqual([2]);
    expect([...personLinks(db)]).toEqual([['episode:e3/daniel', 'episode:e2/daniel']]);
    unlinkPeople(db, 'episode:e3/daniel');
    expect(listPeople(db).filter((p) => p.name === 'Daniel')).toHaveLength(2);
    expect(personLinks(db).size).toBe(0);
  });

  it('resolvePerson(key, links) follows links and stops on a cycle', () => {
    expect(
      resolvePerson(
        'a',
        new Map([
          ['a', 'b'],
          ['b', 'c'],
        ]),
      ),
    ).toBe('c');
    expect(
      resolvePerson(
        'a',
        new Map([
          ['a', 'b'],
          ['b', 'a'],
        ]),
      ),
    ).toBe('a');
  });

  it('personKey(speaker) uses a full name, a host name, or the episode', () => {
    expect(personKey({ episodeId: 'x', speakerId: 'ann', name: 'Ann', fullName: 'Ann Lee', role: 'guest' })).toBe(
      'name:ann lee',
    );
    expect(personKey({ episodeId: 'x', speakerId: 'maria-lopez', name: 'Maria Lopez', role: 'guest' })).toBe(
      'name:maria lopez',
    );
    expect(personKey({ episodeId: 'x', speakerId: 'speaker-1', name: 'Speaker 1', role: 'guest' })).toBe(
      'episode:x/speaker-1',
    );
    expect(personKey({ episodeId: 'x', speakerId: 'sam', name: 'Sam', role: 'host' })).toBe('host:sam');
    expect(personKey({ episodeId: 'x', speakerId: 'dan', name: 'Dan', role: 'guest' })).toBe('episode:x/dan');
  });
});
