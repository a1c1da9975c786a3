import type { Archive } from './open-archive.js';
import { impliedHostLinks, type KeyInEpisode } from './implied-host-links.js';

/** A person across the archive: one or more speakers of episodes, joined by full name, host name or the user's links. */
export interface Person {
  id: string;
  name: string;
  role: string;
  episodes: PersonEpisode[];
}

export interface PersonEpisode {
  episodeId: string;
  title: string | null;
  date: string | null;
  speakerId: string;
  name: string;
  talkShare: number;
  talkSeconds: number;
  words: number;
  turns: number;
  longestMonologueSeconds: number;
}

/** Follows the user's links from a speaker's key to the person it belongs to (a cycle stops where it closes). */
export function resolvePerson(key: string, links: ReadonlyMap<string, string>): string {
  const seen = new Set<string>();
  let at = key;
  while (links.has(at) && !seen.has(at)) {
    seen.add(at);
    at = links.get(at)!;
  }
  return at;
}

/**
 * The links in force, from a speaker's key (or a person id) to the person it belongs to: the implied ones
 * (impliedHostLinks: a first-name host to their full name), overridden by the user's own (a key linked to
 * itself is an unlink of an implied link).
 */
export function personLinks(db: Archive): Map<string, string> {
  const links = impliedLinks(db);
  const stored = db.prepare('SELECT person_key, linked_to FROM person_links').all() as {
    person_key: string;
    linked_to: string;
  }[];
  for (const l of stored) {
    if (l.person_key === l.linked_to) links.delete(l.person_key);
    else links.set(l.person_key, l.linked_to);
  }
  return links;
}

function impliedLinks(db: Archive): Map<string, string> {
  return impliedHostLinks(
    db
      .prepare('SELECT DISTINCT episode_id AS episodeId, person_key AS personKey FROM speakers')
      .all() as KeyInEpisode[],
  );
}

/** The speaker keys that make up person `person`. */
export function keysOfPerson(db: Archive, person: string): string[] {
  const links = personLinks(db);
  return (db.prepare('SELECT DISTINCT person_key FROM speakers').pluck().all() as string[]).filter(
    (k) => resolvePerson(k, links) === person,
  );
}

interface SpeakerRow {
  episode_id: string;
  speaker_id: string;
  name: string;
  full_name: string | null;
  role: string;
  person_key: string;
  talk_share: number;
  talk_seconds: number;
  words: number;
  turns: number;
  longest_monologue: number;
  title: string | null;
  date: string | null;
}

/** Every person in the archive, with their episodes (dated ones in date order), most episodes first. */
export function listPeople(db: Archive): Person[] {
  const links = personLinks(db);
  const rows = db
    .prepare(
      'SELECT s.*, e.title, e.date FROM speakers s JOIN episodes e ON e.id = s.episode_id ORDER BY e.date IS NULL, e.date, s.episode_id, s.speaker_id',
    )
    .all() as SpeakerRow[];
  const people = new Map<string, Person>();
  for (const r of rows) {
    const id = resolvePerson(r.person_key, links);
    let p = people.get(id);
    if (!p) people.set(id, (p = { id, name: r.full_name ?? r.name, role: r.role, episodes: [] }));
    if (r.full_name && p.name !== r.full_name && !p.name.includes(' ')) p.name = r.full_name;
    if (r.role === 'host') p.role = 'host';
    p.episodes.push({
      episodeId: r.episode_id,
      title: r.title,
      date: r.date,
      speakerId: r.speaker_id,
      name: r.name,
      talkShare: r.talk_share,
      talkSeconds: r.talk_seconds,
      words: r.words,
      turns: r.turns,
      longestMonologueSeconds: r.longest_monologue,
    });
  }
  return [...people.values()].sort((a, b) => b.episodes.length - a.episodes.length || a.name.localeCompare(b.name));
}

/** The person key of one episode's speaker, or undefined. */
export function speakerPersonKey(db: Archive, episodeId: string, speakerId: string): string | undefined {
  return db
    .prepare('SELECT person_key FROM speakers WHERE episode_id = ? AND speaker_id = ?')
    .pluck()
    .get(episodeId, speakerId) as string | undefined;
}

/** Makes the person of `key` part of person `to` (both person ids or speaker keys); stored in the archive. */
export function linkPeople(db: Archive, key: string, to: string): void {
  if (key === to) return;
  db.prepare(
    'INSERT INTO person_links (person_key, linked_to) VALUES (?, ?) ON CONFLICT(person_key) DO UPDATE SET linked_to = excluded.linked_to',
  ).run(key, to);
}

/** Undoes `linkPeople` for `key`, or an implied link of it: it is its own person again. */
export function unlinkPeople(db: Archive, key: string): void {
  db.prepare('DELETE FROM person_links WHERE person_key = ?').run(key);
  if (impliedLinks(db).has(key))
    db.prepare('INSERT INTO person_links (person_key, linked_to) VALUES (?, ?)').run(key, key);
}
