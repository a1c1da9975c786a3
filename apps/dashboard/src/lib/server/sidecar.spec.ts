import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editsVersion, emptyEdits, normaliseEdits, readEdits, sidecarKey, withEditsLock, writeEdits } from './sidecar.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'podlens-sidecar-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sidecar', () => {
  it('writeEdits(dir, id of 50 non-ASCII letters) saves under a 32-hex-digit key and reads back', async () => {
    const id = 'é'.repeat(50) + '日本語'.repeat(20);
    await writeEdits(dir, id, { rename: { A: 'Alice' }, merge: {} });
    const files = await readdir(path.join(dir, '.podlens', 'speakers'));
    expect(files).toEqual([`${sidecarKey(id)}.json`]);
    expect(files[0]).toMatch(/^[0-9a-f]{32}\.json$/);
    expect((await readEdits(dir, id)).rename).toEqual({ A: 'Alice' });
    expect(JSON.parse(await readFile(path.join(dir, '.podlens', 'speakers', files[0]!), 'utf8')).id).toBe(id);
  });
  it('readEdits(dir, id) still reads a sidecar of the old name (<encoded id>.json), and writeEdits replaces it', async () => {
    await mkdir(path.join(dir, '.podlens', 'speakers'), { recursive: true });
    await writeFile(path.join(dir, '.podlens', 'speakers', 'ep%201.json'), JSON.stringify({ rename: { A: 'Old' }, merge: {} }));
    expect((await readEdits(dir, 'ep 1')).rename).toEqual({ A: 'Old' });
    await writeEdits(dir, 'ep 1', { rename: { A: 'New' }, merge: {} });
    expect(await readdir(path.join(dir, '.podlens', 'speakers'))).toEqual([`${sidecarKey('ep 1')}.json`]);
    expect((await readEdits(dir, 'ep 1')).rename).toEqual({ A: 'New' });
  });
  it('normaliseEdits keeps speakers named __proto__, constructor and toString as own keys', () => {
    const edits = normaliseEdits(JSON.parse('{"rename":{"__proto__":"P","constructor":"C","toString":"T"},"merge":{}}'));
    expect(Object.keys(edits.rename).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.hasOwn(edits.rename, '__proto__')).toBe(true);
    expect(Object.hasOwn(emptyEdits().rename, 'toString')).toBe(false);
    expect((emptyEdits().rename as Record<string, unknown>).toString).toBeUndefined();
  });
  it('editsVersion(edits) is the same for the same edits in any key order and differs otherwise', () => {
    expect(editsVersion({ rename: { a: '1', b: '2' }, merge: {} })).toBe(editsVersion({ rename: { b: '2', a: '1' }, merge: {} }));
    expect(editsVersion({ rename: { a: '1' }, merge: {} })).not.toBe(editsVersion({ rename: { a: '2' }, merge: {} }));
  });
  it('withEditsLock: 15 parallel read-modify-write edits all land', async () => {
    await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        withEditsLock(dir, 'ep', async () => {
          const edits = await readEdits(dir, 'ep');
          await new Promise((r) => setTimeout(r, 1));
          edits.rename[`S${i}`] = `Renamed ${i}`;
          await writeEdits(dir, 'ep', edits);
        }),
      ),
    );
    expect(Object.keys((await readEdits(dir, 'ep')).rename)).toHaveLength(15);
  });
  it('withEditsLock: a failing edit does not block the next', async () => {
    await expect(withEditsLock(dir, 'ep', async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(await withEditsLock(dir, 'ep', async () => 'ran')).toBe('ran');
  });
});
