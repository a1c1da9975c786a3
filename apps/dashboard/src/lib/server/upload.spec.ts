import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, checkFileName, saveUnique } from './upload.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('checkFileName', () => {
  it.each(['../../etc/passwd', '..\\x.txt', 'a/b.vtt', 'con.vtt', 'NUL.txt', 'lpt1.srt', '.hidden.txt', 'x.exe', 'x.txt.', '', 'a\u0000.txt'])(
    'checkFileName(%j) refuses',
    (name) => {
      expect(() => checkFileName(name)).toThrow();
    },
  );
  it('checkFileName("ep 1.vtt") accepts a plain name', () => {
    expect(checkFileName('ep 1.vtt')).toBe('ep 1.vtt');
  });
});

describe('checkContent', () => {
  it('checkContent(empty) says the file is empty', () => {
    expect(() => checkContent(bytes(''), 100)).toThrow(/empty/);
  });
  it('checkContent(binary) says it is binary', () => {
    expect(() => checkContent(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]), 100)).toThrow(/binary/);
  });
  it('checkContent(Latin-1) says it is not UTF-8', () => {
    expect(() => checkContent(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 100)).toThrow(/UTF-8/);
  });
  it('checkContent(over the limit) names the limit', () => {
    expect(() => checkContent(bytes('x'.repeat(2000)), 1000)).toThrow(/limit/);
  });
});

describe('saveUnique', () => {
  it('saveUnique(dir, name) never overwrites, even with 50 at once', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'podlens-up-'));
    await writeFile(path.join(dir, 'ep.txt'), 'original');
    const names = await Promise.all(Array.from({ length: 50 }, (_, i) => saveUnique(dir, 'ep.txt', bytes(`upload ${i}`))));
    expect(new Set(names).size).toBe(50);
    expect(await readFile(path.join(dir, 'ep.txt'), 'utf8')).toBe('original');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.txt'));
    expect(files).toHaveLength(51);
    const bodies = await Promise.all(names.map((n) => readFile(path.join(dir, n), 'utf8')));
    expect(new Set(bodies).size).toBe(50);
  });
});
