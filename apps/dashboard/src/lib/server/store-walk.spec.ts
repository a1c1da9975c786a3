import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Tests run as root here, where chmod 000 does not stop readdir: a folder named `locked` fails as EACCES would.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = (async (p: string, ...rest: unknown[]) => {
    if (path.basename(String(p)) === 'locked')
      throw Object.assign(new Error(`EACCES: permission denied, scandir '${p}'`), { code: 'EACCES' });
    return (fs.readdir as (...a: unknown[]) => unknown)(p, ...rest);
  }) as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

const { CorpusStore } = await import('./store.js');

const plain = [
  '[00:00:00] Hosta: Hello and welcome.',
  '[00:00:20] Guestone: Thanks, glad to be here.',
  '[00:01:00] Hosta: Tell me more.',
  '[00:01:10] Guestone: Data moves.',
  '',
].join('\n');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'podlens-walk-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('CorpusStore walk', () => {
  it('store.get() lists a subfolder that cannot be read among the failures and serves the rest', async () => {
    await mkdir(path.join(dir, 'season', 'locked'), { recursive: true });
    await writeFile(path.join(dir, 'season', 'locked', 'hidden.txt'), plain);
    await writeFile(path.join(dir, 'season', 'open.txt'), plain);
    const snap = await new CorpusStore(dir).get();
    expect(snap.episodes.map((e) => e.id)).toEqual(['open']);
    expect(snap.failed).toEqual([
      { file: 'season/locked/', reason: expect.stringMatching(/folder not read \(EACCES\)/) },
    ]);
  });
  it('store.get() says which folders are too deep to be read', async () => {
    const deep = path.join(dir, 'a', 'b', 'c', 'd', 'e', 'f', 'g');
    await mkdir(deep, { recursive: true });
    await writeFile(path.join(deep, 'deep.txt'), plain);
    const snap = await new CorpusStore(dir).get();
    expect(snap.failed).toEqual([
      { file: 'a/b/c/d/e/f/g/', reason: expect.stringMatching(/more than 6 folders deep/) },
    ]);
  });
});
