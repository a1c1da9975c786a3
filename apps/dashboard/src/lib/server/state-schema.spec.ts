import { openArchive } from '@podlens/archive';
import { describe, expect, it } from 'vitest';
import { ensureStateSchema, STATE_SCHEMA_VERSION } from './state-schema.js';

const tables = (db: ReturnType<typeof openArchive>) =>
  db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'dashboard_%' ORDER BY name")
    .pluck()
    .all();

describe('ensureStateSchema', () => {
  it('ensureStateSchema(db) adds the dashboard tables to an archive, and running it again changes nothing', () => {
    const db = openArchive(':memory:');
    ensureStateSchema(db);
    expect(tables(db)).toEqual(['dashboard_analyses', 'dashboard_edits', 'dashboard_files', 'dashboard_meta']);
    db.prepare("INSERT INTO dashboard_edits VALUES ('ep', '{}', '{}', 'v', 'now')").run();
    db.prepare(
      "INSERT INTO dashboard_analyses (key, content_hash, analysis_version, outcome) VALUES ('k', 'h', 'a', x'00')",
    ).run();
    ensureStateSchema(db);
    expect(db.prepare('SELECT count(*) FROM dashboard_edits').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM dashboard_analyses').pluck().get()).toBe(1);
  });
  it('ensureStateSchema(db of another version) empties the analyses and keeps every edit', () => {
    const db = openArchive(':memory:');
    ensureStateSchema(db);
    db.prepare("INSERT INTO dashboard_edits VALUES ('ep', '{}', '{}', 'v', 'now')").run();
    db.prepare(
      "INSERT INTO dashboard_analyses (key, content_hash, analysis_version, outcome) VALUES ('k', 'h', 'a', x'00')",
    ).run();
    db.prepare("UPDATE dashboard_meta SET value = ? WHERE key = 'schema'").run(String(STATE_SCHEMA_VERSION + 1));
    ensureStateSchema(db);
    expect(db.prepare('SELECT count(*) FROM dashboard_analyses').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM dashboard_edits').pluck().get()).toBe(1);
  });
  it('ensureStateSchema(db of schema 1) makes the analyses table again with its detail column, keeping every edit', () => {
    const db = openArchive(':memory:');
    db.exec(`CREATE TABLE dashboard_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO dashboard_meta VALUES ('schema', '1');
      CREATE TABLE dashboard_analyses (key TEXT PRIMARY KEY, content_hash TEXT NOT NULL, analysis_version TEXT NOT NULL, outcome BLOB NOT NULL);
      INSERT INTO dashboard_analyses VALUES ('k', 'h', 'a', x'00');
      CREATE TABLE dashboard_edits (episode_id TEXT PRIMARY KEY, rename TEXT NOT NULL, merge TEXT NOT NULL, version TEXT NOT NULL, updated_at TEXT NOT NULL);
      INSERT INTO dashboard_edits VALUES ('ep', '{}', '{}', 'v', 'now');`);
    ensureStateSchema(db);
    expect(db.prepare('SELECT count(*) FROM dashboard_analyses').pluck().get()).toBe(0);
    expect(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('dashboard_analyses')).toContain('detail');
    expect(db.prepare('SELECT count(*) FROM dashboard_edits').pluck().get()).toBe(1);
  });
});
