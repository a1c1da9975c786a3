import type { ParseResult } from '@podlens/parser';
import { archiveRecord, type ArchiveRecord, type RecordSummary } from './archive-record.js';
import { UNITS_PER_EPISODE, type Archive } from './open-archive.js';
import { personKey } from './person-key.js';

/**
 * An episode to add: parsed (`result`, with the `summary` of the same episode from the one analysis pipeline), or as
 * the `record` that `archiveRecord` made of them where it was parsed (a worker thread of the analysis).
 */
export type ArchiveEntry = {
  /** The episode's id in the app (the dashboard's episode id, the CLI's file path). */
  id: string;
  /** A hash of the transcript's bytes, to skip unchanged files on the next run. */
  contentHash?: string;
} & ({ result: ParseResult; summary: RecordSummary } | { record: ArchiveRecord });

/** Adds an episode to the archive, replacing any earlier version of it, in one transaction. */
export function addEpisode(db: Archive, entry: ArchiveEntry): void {
  addEpisodes(db, [entry]);
}

/** Adds many episodes in one transaction (much faster than one by one). */
export function addEpisodes(db: Archive, entries: Iterable<ArchiveEntry>): void {
  const q = statements(db);
  db.transaction(() => {
    for (const entry of entries)
      insert(
        q,
        entry.id,
        'record' in entry ? entry.record : archiveRecord(entry.result, entry.summary),
        entry.contentHash,
      );
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

function insert(q: Statements, id: string, record: ArchiveRecord, contentHash: string | undefined) {
  q.remove(id);
  const num = q.nextNumber();
  q.episode.run(num, id, record.title, record.date, record.format, record.words, record.duration, contentHash ?? null);
  const u = record.units;
  for (let i = 0; i < u.text.length; i++) {
    const rowid = num * UNITS_PER_EPISODE + i;
    q.unit.run(rowid, id, u.turn[i], u.paragraph[i], u.speakerId[i], u.role[i], u.start[i], u.text[i], u.words[i]);
    if (u.keys[i] !== '') q.fts.run(rowid, u.keys[i]);
  }
  for (const [role, words] of record.wordsByRole) q.words.run(id, role, words);
  for (const s of record.speakers) {
    const key = personKey({
      episodeId: id,
      speakerId: s.speakerId,
      name: s.name,
      fullName: s.fullName ?? undefined,
      role: s.role,
    });
    q.speaker.run(
      id,
      s.speakerId,
      s.name,
      s.fullName,
      s.role,
      key,
      s.talkSeconds,
      s.talkShare,
      s.words,
      s.turns,
      s.longestMonologue,
    );
  }
  record.topics.forEach((topic, rank) => q.topic.run(id, topic.id, topic.label, topic.score, rank));
}
