import { linkPeople, openArchive, personLinks } from '@podlens/archive';
import { describe, expect, it } from 'vitest';
import { allEdits, writeEdits } from './edits-store.js';
import { exportEdits, importEdits } from './edits-transfer.js';
import { ensureStateSchema } from './state-schema.js';

const open = () => {
  const db = openArchive(':memory:');
  ensureStateSchema(db);
  return db;
};

describe('edits transfer', () => {
  it('exportEdits(db) then importEdits(a fresh db, the JSON) rebuilds every edit and link', () => {
    const db = open();
    writeEdits(db, 'ep-1', { rename: { A: 'Ann Lee' }, merge: { C: 'A' } });
    writeEdits(db, 'é'.repeat(50), { rename: { toString: 'T' }, merge: {} });
    linkPeople(db, 'episode:ep-1/dan', 'episode:ep-2/dan');
    const json = JSON.stringify(exportEdits(db));
    const fresh = open();
    expect(importEdits(fresh, JSON.parse(json))).toMatchObject({ ok: true, episodes: 2, links: 1, diagnostics: [] });
    expect(allEdits(fresh)).toEqual(allEdits(db));
    expect(personLinks(fresh)).toEqual(personLinks(db));
  });
  it('importEdits replaces the edits of the episodes it lists and keeps the others', () => {
    const db = open();
    writeEdits(db, 'listed', { rename: { A: 'Old' }, merge: { B: 'A' } });
    writeEdits(db, 'other', { rename: { A: 'Kept' }, merge: {} });
    importEdits(db, {
      format: 'podlens-edits',
      version: 1,
      episodes: [{ id: 'listed', rename: { A: 'New' } }],
      links: [],
    });
    expect({ ...allEdits(db).get('listed')!.rename }).toEqual({ A: 'New' });
    expect({ ...allEdits(db).get('listed')!.merge }).toEqual({});
    expect(allEdits(db).get('other')!.rename.A).toBe('Kept');
  });
  it('importEdits(db, a document of another format) changes nothing and says why', () => {
    const db = open();
    writeEdits(db, 'ep', { rename: { A: 'Ann' }, merge: {} });
    expect(importEdits(db, { format: 'nope' })).toMatchObject({ ok: false, diagnostics: [{ path: '$.format' }] });
    expect(allEdits(db).size).toBe(1);
  });
});
