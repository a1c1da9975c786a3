import Database from 'better-sqlite3';

/** An archive: a SQLite database of episodes, their speech units (with an FTS5 index), speakers and people links. */
export type Archive = Database.Database;

/**
 * Bumped when the tables change, or what is stored in them (3: the format `dtc` is stored as `markdown-yaml`;
 * 4: episode_words);
 * an archive of another version is rebuilt from the transcripts.
 */
export const ARCHIVE_SCHEMA_VERSION = 4;

/** A unit's rowid is its episode's number times this plus its index, so the index alone names the episode. */
export const UNITS_PER_EPISODE = 2 ** 20;

const schema = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS episodes (
  num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT, date TEXT, format TEXT NOT NULL, words INTEGER NOT NULL,
  duration REAL NOT NULL, content_hash TEXT
);
CREATE TABLE IF NOT EXISTS units (
  rowid INTEGER PRIMARY KEY, episode_id TEXT NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
  turn INTEGER NOT NULL, paragraph INTEGER NOT NULL, speaker_id TEXT NOT NULL, role TEXT NOT NULL,
  start REAL NOT NULL, text TEXT NOT NULL, words INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS units_by_episode ON units(episode_id, turn, paragraph);
-- Words spoken per episode and role, summed from its units as they are written (what trends divide by).
CREATE TABLE IF NOT EXISTS episode_words (
  episode_id TEXT NOT NULL REFERENCES episodes(id) ON DELETE CASCADE, role TEXT NOT NULL, words INTEGER NOT NULL,
  PRIMARY KEY (episode_id, role)
);
-- Keys are stemmed and lower-cased already; FTS5 keeps their letters as they are (no diacritics folded).
CREATE VIRTUAL TABLE IF NOT EXISTS units_fts USING fts5(keys, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
-- Every indexed token with its unit and place: phrase counts for trends, straight from the index.
CREATE VIRTUAL TABLE IF NOT EXISTS units_vocab USING fts5vocab(units_fts, instance);
CREATE TABLE IF NOT EXISTS speakers (
  episode_id TEXT NOT NULL REFERENCES episodes(id) ON DELETE CASCADE, speaker_id TEXT NOT NULL,
  name TEXT NOT NULL, full_name TEXT, role TEXT NOT NULL, person_key TEXT NOT NULL,
  talk_seconds REAL NOT NULL, talk_share REAL NOT NULL, words INTEGER NOT NULL, turns INTEGER NOT NULL,
  longest_monologue REAL NOT NULL,
  PRIMARY KEY (episode_id, speaker_id)
);
CREATE INDEX IF NOT EXISTS speakers_by_person ON speakers(person_key);
CREATE TABLE IF NOT EXISTS episode_topics (
  episode_id TEXT NOT NULL REFERENCES episodes(id) ON DELETE CASCADE, topic_id TEXT NOT NULL,
  label TEXT NOT NULL, score REAL NOT NULL, rank INTEGER NOT NULL,
  PRIMARY KEY (episode_id, topic_id)
);
CREATE TABLE IF NOT EXISTS person_links (person_key TEXT PRIMARY KEY, linked_to TEXT NOT NULL);
`;

/**
 * Opens (or creates) an archive at `file` (`':memory:'` for one that lives as long as the process).
 * A file of an older schema is emptied: everything in it but the people links is rebuilt from transcripts.
 */
export function openArchive(file: string): Archive {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = (() => {
    try {
      return Number(
        (db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined)?.value,
      );
    } catch {
      return undefined;
    }
  })();
  if (version !== undefined && version !== ARCHIVE_SCHEMA_VERSION) {
    db.exec(
      'DROP TABLE IF EXISTS units_vocab; DROP TABLE IF EXISTS units_fts; DROP TABLE IF EXISTS units; DROP TABLE IF EXISTS speakers; DROP TABLE IF EXISTS episode_topics; DROP TABLE IF EXISTS episode_words; DROP TABLE IF EXISTS episodes;',
    );
  }
  db.exec(schema);
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)").run(String(ARCHIVE_SCHEMA_VERSION));
  return db;
}
