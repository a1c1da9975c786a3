import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openArchive } from '@podlens/archive';
import { afterAll, describe, expect, it } from 'vitest';
import { allEdits, changeEdits, readEdits, replaceEdits, writeEdits } from './edits-store.js';
import { editsVersion, emptyEdits } from './speaker-edits.js';
import { ensureStateSchema } from './state-schema.js';

const open = (file = ':memory:') => {
  const db = openArchive(file);
  ensureStateSchema(db);
  return db;
};
const tmp = mkdtempSync(path.join(os.tmpdir(), 'podlens-edits-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('edits store', () => {
  it('writeEdits(db, id, edits) then readEdits(db, id) gives them back; an id of 50 non-ASCII letters is a key like any other', () => {
    const db = open();
    const id = 'é'.repeat(50) + '日本語';
    writeEdits(db, id, { rename: { A: 'Alice', __proto__: 'P' } as Record<string, string>, merge: { B: 'A' } });
    expect({ ...readEdits(db, id).rename }).toEqual({ A: 'Alice' });
    expect({ ...readEdits(db, id).merge }).toEqual({ B: 'A' });
    expect(readEdits(db, 'other')).toEqual(emptyEdits());
  });
  it('writeEdits(db, id, empty edits) removes the row', () => {
    const db = open();
    writeEdits(db, 'ep', { rename: { A: 'Alice' }, merge: {} });
    writeEdits(db, 'ep', emptyEdits());
    expect(allEdits(db).size).toBe(0);
  });
  it('changeEdits(db, id, change): 20 read-change-writes of different speakers all land', () => {
    const db = open();
    for (let i = 0; i < 20; i++)
      changeEdits(db, 'ep', (saved) => {
        saved.rename[`S${i}`] = `Renamed ${i}`;
        return { save: saved, result: null };
      });
    expect(Object.keys(readEdits(db, 'ep').rename)).toHaveLength(20);
  });
  it('changeEdits passes the saved version, and a change that saves nothing leaves the row alone', () => {
    const db = open();
    writeEdits(db, 'ep', { rename: { A: 'Alice' }, merge: {} });
    const seen = changeEdits(db, 'ep', (_saved, version) => ({ save: null, result: version }));
    expect(seen).toBe(editsVersion(readEdits(db, 'ep')));
  });
  it('changeEdits rolls back when change throws', () => {
    const db = open();
    expect(() =>
      changeEdits(db, 'ep', () => {
        writeEdits(db, 'ep', { rename: { A: 'half' }, merge: {} });
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(allEdits(db).size).toBe(0);
  });
  it('two connections to one file: edits through each are kept (no lost update across processes)', () => {
    const file = path.join(tmp, 'two.db');
    const a = open(file);
    const b = open(file);
    for (let i = 0; i < 10; i++) {
      const db = i % 2 ? a : b;
      changeEdits(db, 'ep', (saved) => {
        saved.rename[`S${i}`] = `R${i}`;
        return { save: saved, result: null };
      });
    }
    expect(Object.keys(readEdits(a, 'ep').rename)).toHaveLength(10);
    a.close();
    b.close();
  });
  it('replaceEdits(db, entries) replaces the listed episodes only, in one transaction', () => {
    const db = open();
    writeEdits(db, 'a', { rename: { A: 'Old' }, merge: {} });
    writeEdits(db, 'b', { rename: { B: 'Kept' }, merge: {} });
    expect(replaceEdits(db, [{ id: 'a', edits: { rename: { A: 'New' }, merge: {} } }])).toBe(1);
    expect(readEdits(db, 'a').rename.A).toBe('New');
    expect(readEdits(db, 'b').rename.B).toBe('Kept');
  });
});
