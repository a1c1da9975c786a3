import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeLegacyCache } from './legacy-cache.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'podlens-legacy-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('removeLegacyCache', () => {
  it('removeLegacyCache(corpus) removes the old cache files and folders', async () => {
    await mkdir(path.join(dir, '.podlens-cache', 'incoming'), { recursive: true });
    await writeFile(path.join(dir, '.podlens-cache', `${'a'.repeat(64)}.json`), '{}');
    await writeFile(path.join(dir, '.podlens-cache', 'incoming', `${'b'.repeat(16)}.part`), 'x');
    expect(removeLegacyCache(dir)).toBe(2);
    expect(existsSync(path.join(dir, '.podlens-cache'))).toBe(false);
  });
  it('removeLegacyCache(corpus) leaves a file of another name, and its folder', async () => {
    await mkdir(path.join(dir, '.podlens-cache'), { recursive: true });
    await writeFile(path.join(dir, '.podlens-cache', 'notes.txt'), 'mine');
    await writeFile(path.join(dir, '.podlens-cache', `${'c'.repeat(64)}.json`), '{}');
    expect(removeLegacyCache(dir)).toBe(1);
    expect(await readdir(path.join(dir, '.podlens-cache'))).toEqual(['notes.txt']);
  });
  it('removeLegacyCache(corpus without a cache) does nothing', () => {
    expect(removeLegacyCache(dir)).toBe(0);
  });
});
