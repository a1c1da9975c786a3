import { mkdtempSync, rmSync, chmodSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataDir, databaseFile } from './config.js';
import { closeDatabase, getDatabase } from './database.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'podlens-db-'));
afterAll(() => {
  closeDatabase();
  rmSync(tmp, { recursive: true, force: true });
});

describe('dataDir', () => {
  it('is PODLENS_DATA_DIR when set', () => {
    expect(dataDir('/corpus', { PODLENS_DATA_DIR: '/data/x' }, true)).toBe(path.resolve('/data/x'));
  });
  it('is .podlens/ inside a writable corpus', () => {
    expect(dataDir('/corpus', {}, true)).toBe(path.join('/corpus', '.podlens'));
  });
  it('is a folder per corpus under the data home when the corpus is read-only', () => {
    const a = dataDir('/corpus/a', { XDG_DATA_HOME: '/home/u/data' }, false);
    const b = dataDir('/corpus/b', { XDG_DATA_HOME: '/home/u/data' }, false);
    expect(path.dirname(a)).toBe(path.join('/home/u/data', 'podlens'));
    expect(a).not.toBe(b);
  });
  it('leaves a read-only corpus folder alone', () => {
    const ro = path.join(tmp, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    expect(dataDir(ro, { XDG_DATA_HOME: path.join(tmp, 'home') }).startsWith(ro)).toBe(false);
    chmodSync(ro, 0o755);
  });
});

describe('getDatabase', () => {
  it('opens one archive per corpus, in its data folder', () => {
    const corpus = path.join(tmp, 'corpus');
    mkdirSync(corpus);
    const db = getDatabase(corpus);
    expect(getDatabase(corpus)).toBe(db);
    expect(db.name).toBe(databaseFile(corpus));
    expect(db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get()).toBeTruthy();
  });
});
