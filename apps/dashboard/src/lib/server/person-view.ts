/**
 * A person across the archive, as the pages draw them. Every figure of a person's episode comes from the
 * archive's listPeople (the one implementation); the snapshot of analyzed episodes gives the topic weights nlp
 * computed per speaker, and the turns of the episodes the page quotes (episodesWithTurns) locate their words. Only selection, sums and sorting for display happen here.
 */
import type { Person, PersonEpisode } from '@podlens/archive';
import type { AnalyzedEpisode, TurnView } from '../types.js';

export interface PersonRow {
  id: string;
  name: string;
  role: string;
  episodes: number;
  recurring: boolean;
}

/** Turns linked per episode on a person page, and episodes whose turns are listed (the most recent). */
export const TURN_LINKS = 8;
export const EPISODES_WITH_TURNS = 100;
const MONOLOGUES = 10;
const TOPICS = 8;

export interface PersonView {
  id: string;
  name: string;
  role: string;
  totals: { episodes: number; talkSeconds: number; words: number; turns: number };
  /** The archive's figures of each of their episodes (`name`: the name they have in it), as listPeople gives them. */
  episodes: (Pick<
    PersonEpisode,
    'date' | 'name' | 'talkShare' | 'talkSeconds' | 'words' | 'turns' | 'longestMonologueSeconds'
  > & {
    id: string;
    title: string;
    /** Starts of their longest turns (up to TURN_LINKS), in time order, with their first words. */
    turnLinks: { start: number; text: string }[];
  })[];
  /** Talk share per episode in date order, for the chart. */
  shares: { id: string; date: string | null; talkShare: number }[];
  /** Their longest monologue of each episode, longest first, with where it starts. */
  monologues: { episodeId: string; title: string; seconds: number; start: number | null; text: string }[];
  /** Their topic weights across their episodes, as shares of the total, largest first. */
  topics: { id: string; label: string; share: number }[];
}

/** The people list: name, episodes, whether they recur. */
export function personRows(people: readonly Person[]): PersonRow[] {
  return people.map((p) => ({
    id: p.id,
    name: p.name,
    role: p.role,
    episodes: p.episodes.length,
    recurring: p.episodes.length > 1,
  }));
}

const excerpt = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Topic weights of a person (the per-speaker weights nlp gave each of their episodes, summed), by topic id. */
export function personTopicWeights(person: Person, byId: ReadonlyMap<string, AnalyzedEpisode>): Map<string, number> {
  const weights = new Map<string, number>();
  for (const e of person.episodes) {
    const episode = byId.get(e.episodeId);
    if (!episode || !Object.hasOwn(episode.speakerTopics, e.name)) continue;
    for (const [topic, w] of Object.entries(episode.speakerTopics[e.name]!))
      weights.set(topic, (weights.get(topic) ?? 0) + w);
  }
  return weights;
}

const byMonologue = (a: { seconds: number; episodeId: string }, b: { seconds: number; episodeId: string }) =>
  b.seconds - a.seconds || a.episodeId.localeCompare(b.episodeId);

/**
 * The episodes whose turns personView quotes (their ids): those of the person's MONOLOGUES longest monologues and of
 * the EPISODES_WITH_TURNS most recent, so that a page of someone heard in thousands of episodes reads only these.
 */
export function episodesWithTurns(person: Person): string[] {
  const longest = person.episodes
    .map((e) => ({ episodeId: e.episodeId, seconds: e.longestMonologueSeconds }))
    .sort(byMonologue)
    .slice(0, MONOLOGUES)
    .map((e) => e.episodeId);
  return [...new Set([...longest, ...person.episodes.slice(-EPISODES_WITH_TURNS).map((e) => e.episodeId)])];
}

/** Everything the person page shows of one person; `turns`: the turns of (at least) the episodes episodesWithTurns lists. */
export function personView(
  person: Person,
  byId: ReadonlyMap<string, AnalyzedEpisode>,
  turnsOf: ReadonlyMap<string, readonly TurnView[]>,
): PersonView {
  const labels = new Map<string, string>();
  const listed = new Set(person.episodes.slice(-EPISODES_WITH_TURNS).map((e) => `${e.episodeId}\0${e.speakerId}`));
  const monologues: PersonView['monologues'] = [];
  const episodes = person.episodes.map((e) => {
    const episode = byId.get(e.episodeId);
    for (const t of episode?.summary.topics ?? []) labels.set(t.id, t.label);
    const turns = (turnsOf.get(e.episodeId) ?? []).filter((t) => t.speaker === e.name);
    const longest = turns.reduce<(typeof turns)[number] | null>(
      (best, t) => (best === null || t.end - t.start > best.end - best.start ? t : best),
      null,
    );
    const title = episode?.summary.title || e.title || e.episodeId;
    monologues.push({
      episodeId: e.episodeId,
      title,
      seconds: e.longestMonologueSeconds,
      start: longest?.start ?? null,
      text: excerpt(longest?.text ?? ''),
    });
    const turnLinks = listed.has(`${e.episodeId}\0${e.speakerId}`)
      ? [...turns]
          .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
          .slice(0, TURN_LINKS)
          .sort((a, b) => a.start - b.start)
          .map((t) => ({ start: t.start, text: excerpt(t.text, 80) }))
      : [];
    return {
      id: e.episodeId,
      title,
      date: e.date,
      name: e.name,
      talkShare: e.talkShare,
      talkSeconds: e.talkSeconds,
      words: e.words,
      turns: e.turns,
      longestMonologueSeconds: e.longestMonologueSeconds,
      turnLinks,
    };
  });
  const weights = personTopicWeights(person, byId);
  const total = [...weights.values()].reduce((s, w) => s + w, 0);
  return {
    id: person.id,
    name: person.name,
    role: person.role,
    totals: {
      episodes: episodes.length,
      talkSeconds: episodes.reduce((s, e) => s + e.talkSeconds, 0),
      words: episodes.reduce((s, e) => s + e.words, 0),
      turns: episodes.reduce((s, e) => s + e.turns, 0),
    },
    episodes,
    shares: episodes.map((e) => ({ id: e.id, date: e.date, talkShare: e.talkShare })),
    monologues: monologues.sort(byMonologue).slice(0, MONOLOGUES),
    topics:
      total > 0
        ? [...weights]
            .map(([id, w]) => ({ id, label: labels.get(id) ?? id, share: w / total }))
            .sort((a, b) => b.share - a.share || a.id.localeCompare(b.id))
            .slice(0, TOPICS)
        : [],
  };
}

export interface PersonProfile {
  id: string;
  name: string;
  episodes: number;
  talkSeconds: number;
  words: number;
  turns: number;
  questions: number;
  /** Each episode's talk share of this person, by date. */
  shares: { id: string; date: string | null; talkShare: number }[];
  /** Topic weights as shares of the person's total, over the given topics. */
  topics: Record<string, number>;
}

/** A person's column on the compare page: their episodes' figures side by side and summed. */
export function personProfile(
  person: Person,
  byId: ReadonlyMap<string, AnalyzedEpisode>,
  topics: readonly { id: string }[],
): PersonProfile {
  const questions = person.episodes.reduce(
    (sum, e) => sum + (byId.get(e.episodeId)?.summary.speakers.find((s) => s.id === e.speakerId)?.questions ?? 0),
    0,
  );
  const weights = personTopicWeights(person, byId);
  const sum = topics.reduce((a, t) => a + (weights.get(t.id) ?? 0), 0) || 1;
  return {
    id: person.id,
    name: person.name,
    episodes: person.episodes.length,
    talkSeconds: person.episodes.reduce((s, e) => s + e.talkSeconds, 0),
    words: person.episodes.reduce((s, e) => s + e.words, 0),
    turns: person.episodes.reduce((s, e) => s + e.turns, 0),
    questions,
    shares: person.episodes.map((e) => ({ id: e.episodeId, date: e.date, talkShare: e.talkShare })),
    topics: Object.fromEntries(topics.map((t) => [t.id, (weights.get(t.id) ?? 0) / sum])),
  };
}
