import type { Person } from '@podlens/archive';
import { describe, expect, it } from 'vitest';
import type { AnalyzedEpisode } from '../types.js';
import { EPISODES_WITH_TURNS, episodesWithTurns, personProfile, personRows, personView } from './person-view.js';

const figures = { talkSeconds: 60, words: 150, turns: 2, longestMonologueSeconds: 40 };
const person: Person = {
  id: 'name:dana lee',
  name: 'Dana Lee',
  role: 'guest',
  episodes: [
    { episodeId: 'a', title: 'A', date: '2023-01-01', speakerId: 'dana', name: 'Dana', talkShare: 0.4, ...figures },
    {
      episodeId: 'b',
      title: 'B',
      date: '2024-01-01',
      speakerId: 'dana-lee',
      name: 'Dana Lee',
      talkShare: 0.6,
      ...figures,
      longestMonologueSeconds: 90,
    },
  ],
};
const episode = (id: string, speaker: string, topics: Record<string, number>): AnalyzedEpisode =>
  ({
    id,
    file: `${id}.txt`,
    alternates: [],
    summary: {
      title: id.toUpperCase(),
      date: null,
      topics: [
        { id: 'data', label: 'Data', score: 1 },
        { id: 'ml', label: 'ML', score: 1 },
      ],
      speakers: [{ id: speaker === 'Dana' ? 'dana' : 'dana-lee', name: speaker, questions: 3 }],
    },
    speakerTopics: { [speaker]: topics, Host: { ml: 5 } },
  }) as unknown as AnalyzedEpisode;
const byId = new Map([
  ['a', episode('a', 'Dana', { data: 1, ml: 1 })],
  ['b', episode('b', 'Dana Lee', { data: 2 })],
]);
const turnsOf = (speaker: string) => [
  { speaker: 'Host', start: 0, end: 10, text: 'Welcome.' },
  { speaker, start: 10, end: 30, text: 'A short answer.' },
  { speaker: 'Host', start: 30, end: 35, text: 'And?' },
  { speaker, start: 35, end: 125, text: 'A long answer that goes on and on.' },
];
const turns = new Map([
  ['a', turnsOf('Dana')],
  ['b', turnsOf('Dana Lee')],
]);

describe('person view', () => {
  it('personRows(people) gives name, episodes and whether they recur', () => {
    expect(
      personRows([person, { ...person, id: 'x', episodes: person.episodes.slice(0, 1) }]).map((r) => [
        r.id,
        r.episodes,
        r.recurring,
      ]),
    ).toEqual([
      ['name:dana lee', 2, true],
      ['x', 1, false],
    ]);
  });
  it('personView(person, byId, turns): figures from the archive, turns found by the name they have in each episode', () => {
    const view = personView(person, byId, turns);
    expect(view.totals).toEqual({ episodes: 2, talkSeconds: 120, words: 300, turns: 4 });
    expect(view.shares).toEqual([
      { id: 'a', date: '2023-01-01', talkShare: 0.4 },
      { id: 'b', date: '2024-01-01', talkShare: 0.6 },
    ]);
    expect(view.episodes[0]!.turnLinks.map((t) => t.start)).toEqual([10, 35]);
    expect(view.monologues.map((m) => [m.episodeId, m.seconds, m.start])).toEqual([
      ['b', 90, 35],
      ['a', 40, 35],
    ]);
  });
  it("personView(person, byId, turns): topics are their own weights (not the host's), as shares, labelled", () => {
    expect(personView(person, byId, turns).topics).toEqual([
      { id: 'data', label: 'Data', share: 0.75 },
      { id: 'ml', label: 'ML', share: 0.25 },
    ]);
  });
  it('personView of a person whose episodes are not in the snapshot still lists them, without turns', () => {
    const view = personView(person, new Map(), new Map());
    expect(view.episodes.map((e) => [e.id, e.title, e.turnLinks.length])).toEqual([
      ['a', 'A', 0],
      ['b', 'B', 0],
    ]);
    expect(view.topics).toEqual([]);
  });
  it('episodesWithTurns(person) lists the episodes of the longest monologues and the most recent ones, each once', () => {
    expect(episodesWithTurns(person).sort()).toEqual(['a', 'b']);
    const many: Person = {
      ...person,
      episodes: Array.from({ length: EPISODES_WITH_TURNS + 50 }, (_, i) => ({
        ...person.episodes[0]!,
        episodeId: `e${String(i).padStart(4, '0')}`,
        longestMonologueSeconds: i === 3 ? 500 : 10,
      })),
    };
    const ids = episodesWithTurns(many);
    expect(ids).toContain('e0003');
    expect(ids).toContain(`e${String(EPISODES_WITH_TURNS + 49).padStart(4, '0')}`);
    expect(ids).not.toContain('e0020');
    expect(new Set(ids).size).toBe(ids.length);
    // What the view quotes comes only from those episodes: the same view with the turns of these alone.
    const all = new Map(many.episodes.map((e) => [e.episodeId, turnsOf('Dana')]));
    const some = new Map(ids.map((id) => [id, turnsOf('Dana')]));
    expect(personView(many, new Map(), some)).toEqual(personView(many, new Map(), all));
  });
  it('personProfile(person, byId, topics) sums the figures and questions of their episodes', () => {
    const p = personProfile(person, byId, [{ id: 'data' }, { id: 'ml' }]);
    expect([p.episodes, p.talkSeconds, p.words, p.turns, p.questions]).toEqual([2, 120, 300, 4, 6]);
    expect(p.topics).toEqual({ data: 0.75, ml: 0.25 });
  });
});
