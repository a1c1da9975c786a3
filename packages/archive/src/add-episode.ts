import type { EpisodeSummary, ParseResult } from '@podlens/parser';
import { UNITS_PER_EPISODE, type Archive } from './open-archive.js';
import { personKey } from './person-key.js';
import { searchKeys } from './search-keys.js';

export interface ArchiveEntry {
  /** The episode's id in the app (the dashboard's episode id, the CLI's file path). */
  id: string;
  result: ParseResult;
  /** The summary of the same episode (speaker figures, topics); from the one analysis pipeline. */
  summary: EpisodeSummary;
  /** A hash of the transcript's bytes, to skip unchanged files on the next run. */
  contentHash?: string;
}

/** Adds an episode to the archive, replacing any earlier version of it, in one transaction. */
export function addEpisode(db: Archive, entry: ArchiveEntry): void {
  addEpisodes(db, [entry]);
}

/** Adds many episodes in one transaction (much faster than one by one). */
export function addEpisodes(db: Archive, entries: Iterable<ArchiveEntry>): void {
  const q = statements(db);
  db.transaction(() => {
    for (const entry of entries) insert(q, entry);
  })();
}

/** Removes an episode and everything indexed of it. */
export function removeEpisode(db: Archive, id: string): void {
  const q = statements(db);
  db.transaction(() => q.remove(id))();
}

type Statements = ReturnType<typeof prepare>;
const cache = new WeakMap<Archive, Statements>();
const statements = (db: Archive) => {
  let s = cache.get(db);
  if (!s) cache.set(db, (s = prepare(db)));
  return s;
};

function prepare(db: Archive) {
  const unitRows = db.prepare('SELECT rowid FROM units WHERE episode_id = ?').pluck();
  const deleteFts = db.prepare('DELETE FROM units_fts WHERE rowid = ?');
  const deleteEpisode = db.prepare('DELETE FROM episodes WHERE id = ?');
  const nextNumber = db.prepare('SELECT coalesce(max(num), 0) + 1 FROM episodes').pluck();
  return {
    remove(id: string) {
      for (const rowid of unitRows.all(id)) deleteFts.run(rowid);
      deleteEpisode.run(id);
    },
    nextNumber: () => nextNumber.get() as number,
    episode: db.prepare(
      'INSERT INTO episodes (num, id, title, date, format, words, duration, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    unit: db.prepare(
      'INSERT INTO units (rowid, episode_id, turn, paragraph, speaker_id, role, start, text, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    fts: db.prepare('INSERT INTO units_fts (rowid, keys) VALUES (?, ?)'),
    speaker: db.prepare(
      'INSERT INTO speakers (episode_id, speaker_id, name, full_name, role, person_key, talk_seconds, talk_share, words, turns, longest_monologue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    words: db.prepare('INSERT INTO episode_words (episode_id, role, words) VALUES (?, ?, ?)'),
    topic: db.prepare('INSERT INTO episode_topics (episode_id, topic_id, label, score, rank) VALUES (?, ?, ?, ?, ?)'),
  };
}

function insert(q: Statements, { id, result, summary, contentHash }: ArchiveEntry) {
  const { episode } = result;
  q.remove(id);
  const words = episode.turns.reduce((s, t) => s + t.words, 0);
  const num = q.nextNumber();
  q.episode.run(
    num,
    id,
    summary.title,
    summary.date,
    summary.format,
    words,
    episode.durationSeconds,
    contentHash ?? null,
  );
  const roles = new Map(episode.speakers.map((s) => [s.id, s.role]));
  let unit = 0;
  const wordsByRole = new Map<string, number>();
  episode.turns.forEach((turn, t) => {
    turn.paragraphs.forEach((p, i) => {
      // An episode of more than a million units keeps the first million searchable.
      if (unit >= UNITS_PER_EPISODE) return;
      const rowid = num * UNITS_PER_EPISODE + unit++;
      const role = roles.get(turn.speakerId) ?? 'unknown';
      q.unit.run(rowid, id, t, i, turn.speakerId, role, p.start, p.text, p.words);
      wordsByRole.set(role, (wordsByRole.get(role) ?? 0) + p.words);
      const keys = searchKeys(p.text)
        .map((k) => k.key)
        .join(' ');
      if (keys !== '') q.fts.run(rowid, keys);
    });
  });
  for (const [role, words] of wordsByRole) q.words.run(id, role, words);
  const figures = new Map(summary.speakers.map((s) => [s.id, s]));
  for (const s of episode.speakers) {
    const f = figures.get(s.id);
    if (!f) continue;
    const key = personKey({ episodeId: id, speakerId: s.id, name: s.name, fullName: s.fullName, role: s.role });
    q.speaker.run(
      id,
      s.id,
      s.name,
      s.fullName ?? null,
      s.role,
      key,
      f.talkSeconds,
      f.talkShare,
      f.words,
      f.turns,
      f.longestMonologueSeconds,
    );
  }
  summary.topics.forEach((topic, rank) => q.topic.run(id, topic.id, topic.label, topic.score, rank));
}
