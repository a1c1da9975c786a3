import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UploadError, checkContent, checkFileName, saveUnique } from './upload.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('checkFileName', () => {
  it.each([
    '../../etc/passwd',
    '..\\x.txt',
    'a/b.vtt',
    'con.vtt',
    'NUL.txt',
    'lpt1.srt',
    '.hidden.txt',
    'x.exe',
    'x.txt.',
    '',
    'a\u0000.txt',
  ])('checkFileName(%j) refuses', (name) => {
    expect(() => checkFileName(name)).toThrow();
  });
  it('checkFileName("ep 1.vtt") accepts a plain name', () => {
    expect(checkFileName('ep 1.vtt')).toBe('ep 1.vtt');
  });
  it('checkFileName(name) counts UTF-8 bytes: 66 three-byte letters pass, 67 (205 bytes with .txt) are refused with the count', () => {
    expect(checkFileName(`${'€'.repeat(65)}.txt`)).toBe(`${'€'.repeat(65)}.txt`);
    expect(() => checkFileName(`${'€'.repeat(66)}.txt`)).toThrow(/202 bytes in UTF-8; the limit is 200 bytes/);
    expect(() => checkFileName(`${'é'.repeat(120)}.txt`)).toThrow(/244 bytes/);
    expect(Buffer.byteLength(`${'€'.repeat(65)}.txt-999`)).toBeLessThan(255);
  });
  it.each(['a\u202etxt.vtt', 'ab\u200b.txt', 'x\u2066y.srt', 'e\ufeffp.md', 'a\u200db.txt', 'soft\u00adhyphen.txt'])(
    'checkFileName(%j) refuses invisible and bidi characters, naming the code point',
    (name) => {
      expect(() => checkFileName(name)).toThrow(/invisible characters \(U\+[0-9A-F]{4}/);
    },
  );
  it.each(['license.txt', 'README.md', 'Changelog.md', 'contributing.txt', 'licence.vtt', '.env.txt'])(
    'checkFileName(%j) refuses a name the library would not list',
    (name) => {
      expect(() => checkFileName(name)).toThrow(/documentation|may not start/);
    },
  );
  it('checkFileName refuses with status 400', () => {
    try {
      checkFileName('readme.md');
    } catch (e) {
      expect((e as UploadError).status).toBe(400);
    }
    expect.assertions(1);
  });
});

describe('checkContent', () => {
  it('checkContent(empty) says the file is empty', () => {
    expect(() => checkContent(bytes(''), 100)).toThrow(/empty/);
  });
  it('checkContent(binary) says it is binary', () => {
    expect(() => checkContent(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]), 100)).toThrow(/binary/);
  });
  it('checkContent(Latin-1) decodes through decodeText as a legacy encoding', () => {
    const out = checkContent(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 100);
    expect(out!.text).toBe('café');
    expect(out!.encoding).not.toBe('utf-8');
  });
  it.each([
    ['utf-16le', [0xff, 0xfe], (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])],
    ['utf-16be', [0xfe, 0xff], (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])],
  ])('checkContent(%s with BOM) decodes the text (its NUL bytes are not "binary")', (_, bom, encode) => {
    const text = '[00:00:01] José: hola';
    const out = checkContent(new Uint8Array([...bom, ...encode(text)]), 1000);
    expect(out!.text).toBe(text);
  });
  it('checkContent(a Word document) checks only its size: its bytes are binary, its text is read by the parse', () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]);
    expect(checkContent(docx, 100, 'talk.docx')).toBeUndefined();
    expect(() => checkContent(docx, 4, 'talk.docx')).toThrow(/upload limit/);
    expect(() => checkContent(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]), 100, 'talk.txt')).toThrow(/binary/);
  });
  it('checkContent(UTF-16 without BOM) is read as decodeText reads it, never as binary', () => {
    const text = '[00:00:01] Ann: hello there, this is a UTF-16 file without its byte order mark.';
    expect(checkContent(new Uint8Array(Buffer.from(text, 'utf16le')), 1000)!.text).toBe(text);
  });
  it('checkContent(over the limit) names the limit and its setting, with status 413', () => {
    expect(() => checkContent(bytes('x'.repeat(2000)), 1000)).toThrow(
      /upload limit of 0\.0 MB \(1000 bytes; set PODLENS_MAX_UPLOAD_BYTES/,
    );
    try {
      checkContent(bytes('x'.repeat(2000)), 1000);
    } catch (e) {
      expect((e as UploadError).status).toBe(413);
    }
  });
});

describe('saveUnique', () => {
  it('saveUnique(dir, name) never overwrites, even with 50 at once', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'podlens-up-'));
    await writeFile(path.join(dir, 'ep.txt'), 'original');
    const names = await Promise.all(
      Array.from({ length: 50 }, (_, i) => saveUnique(dir, 'ep.txt', bytes(`upload ${i}`))),
    );
    expect(new Set(names).size).toBe(50);
    expect(await readFile(path.join(dir, 'ep.txt'), 'utf8')).toBe('original');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.txt'));
    expect(files).toHaveLength(51);
    const bodies = await Promise.all(names.map((n) => readFile(path.join(dir, n), 'utf8')));
    expect(new Set(bodies).size).toBe(50);
  });
  it('saveUnique(dir, t.vtt | t.srt | t.txt | t.md at once) gives each its own stem: four episodes, none an alternate of another', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'podlens-up-'));
    const names = await Promise.all(['t.vtt', 't.srt', 't.txt', 't.md'].map((n) => saveUnique(dir, n, bytes(n))));
    const stems = names.map((n) => n.slice(0, n.lastIndexOf('.')));
    expect(new Set(stems).size).toBe(4);
    for (const [i, n] of ['t.vtt', 't.srt', 't.txt', 't.md'].entries()) {
      expect(path.extname(names[i]!)).toBe(path.extname(n));
      expect(await readFile(path.join(dir, names[i]!), 'utf8')).toBe(n);
    }
  });
  it('saveUnique(dir, name, bytes, takenStems) skips a stem taken by an episode elsewhere in the corpus', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'podlens-up-'));
    expect(await saveUnique(dir, 'ep.srt', bytes('x'), new Set(['ep']))).toBe('ep-2.srt');
  });
});
