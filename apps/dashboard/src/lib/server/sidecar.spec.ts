import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openArchive } from '@podlens/archive';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allEdits, readEdits, writeEdits } from './edits-store.js';
import { importSidecars, sidecarFolder, sidecarId } from './sidecar.js';
import { ensureStateSchema } from './state-schema.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'podlens-sidecar-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
const open = () => {
  const db = openArchive(':memory:');
  ensureStateSchema(db);
  return db;
};
const hashName = (id: string) => `${createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 32)}.json`;

describe('sidecarId', () => {
  it('sidecarId(file, parsed) is the id the file holds, else the decoded legacy name, else null', () => {
    expect(sidecarId(hashName('x'), { id: 'ep 1' })).toBe('ep 1');
    expect(sidecarId('ep%201.json', { rename: {} })).toBe('ep 1');
    expect(sidecarId(hashName('x'), { rename: {} })).toBeNull();
    expect(sidecarId('%E0%A4%A.json', {})).toBeNull();
  });
});

describe('importSidecars', () => {
  it('importSidecars(db, corpus) reads hash-named and legacy sidecars into the database once', async () => {
    await mkdir(sidecarFolder(dir), { recursive: true });
    const id = 'é'.repeat(50);
    await writeFile(
      path.join(sidecarFolder(dir), hashName(id)),
      JSON.stringify({ id, rename: { A: 'Alice' }, merge: { C: 'A' } }),
    );
    await writeFile(path.join(sidecarFolder(dir), 'ep%201.json'), JSON.stringify({ rename: { B: 'Bob' }, merge: {} }));
    await writeFile(path.join(sidecarFolder(dir), 'broken.json'), '{ not json');
    const db = open();
    expect(importSidecars(db, dir)).toBe(2);
    expect({ ...readEdits(db, id).rename }).toEqual({ A: 'Alice' });
    expect({ ...readEdits(db, id).merge }).toEqual({ C: 'A' });
    expect(readEdits(db, 'ep 1').rename.B).toBe('Bob');
    // Once: an edit made since is not overwritten by the files on a later start.
    writeEdits(db, 'ep 1', { rename: { B: 'Robert' }, merge: {} });
    expect(importSidecars(db, dir)).toBe(0);
    expect(readEdits(db, 'ep 1').rename.B).toBe('Robert');
  });
  it('importSidecars: the hash-named sidecar wins over a legacy one of the same episode, and edits already in the database stay', async () => {
    await mkdir(sidecarFolder(dir), { recursive: true });
    await writeFile(path.join(sidecarFolder(dir), 'ep.json'), JSON.stringify({ rename: { A: 'Legacy' }, merge: {} }));
    await writeFile(
      path.join(sidecarFolder(dir), hashName('ep')),
      JSON.stringify({ id: 'ep', rename: { A: 'Newer' }, merge: {} }),
    );
    await writeFile(
      path.join(sidecarFolder(dir), 'kept.json'),
      JSON.stringify({ rename: { A: 'From file' }, merge: {} }),
    );
    const db = open();
    writeEdits(db, 'kept', { rename: { A: 'In database' }, merge: {} });
    importSidecars(db, dir);
    expect(readEdits(db, 'ep').rename.A).toBe('Newer');
    expect(readEdits(db, 'kept').rename.A).toBe('In database');
  });
  it('importSidecars(db, corpus without sidecars) imports nothing and marks the database', () => {
    const db = open();
    expect(importSidecars(db, dir)).toBe(0);
    expect(allEdits(db).size).toBe(0);
    expect(db.prepare("SELECT count(*) FROM dashboard_meta WHERE key = 'sidecars-imported'").pluck().get()).toBe(1);
  });
});
