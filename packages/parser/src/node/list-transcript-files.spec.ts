import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTranscriptFiles, wouldListUnder } from './list-transcript-files.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'podlens-list-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('listTranscriptFiles', () => {
  it('listTranscriptFiles(folder) walks it sorted, leaving out hidden folders, documents and other endings', async () => {
    const dir = tree({
      'b.srt': '',
      'a/c.vtt': '',
      'a/d.png': '',
      '.hidden/e.txt': '',
      'node_modules/f.txt': '',
      'README.md': '',
    });
    expect(await listTranscriptFiles(dir)).toEqual({
      files: [join(dir, 'a/c.vtt'), join(dir, 'b.srt')],
      failures: [],
      skipped: [],
    });
  });

  it('listTranscriptFiles(folder) reports a folder it cannot read as a failure and lists the rest', async () => {
    // Tests run as root, for whom chmod 000 changes nothing: the folder reader is replaced instead.
    const dir = tree({ 'ok/a.srt': '', 'locked/b.srt': '', 'z.vtt': '' });
    const denied = Object.assign(new Error(`EACCES: permission denied, scandir '${join(dir, 'locked')}'`), {
      code: 'EACCES',
    });
    const list = await listTranscriptFiles(dir, {
      readdir: (d) => (d === join(dir, 'locked') ? Promise.reject(denied) : readdir(d, { withFileTypes: true })),
    });
    expect(list.files).toEqual([join(dir, 'ok/a.srt'), join(dir, 'z.vtt')]);
    expect(list.failures).toEqual([
      { path: join(dir, 'locked'), reason: 'cannot read the folder: permission denied', code: 'EACCES' },
    ]);
  });

  it('listTranscriptFiles(missing) is a failure, not a throw, and the other paths are still listed', async () => {
    const dir = tree({ 'a.srt': '' });
    const list = await listTranscriptFiles([join(dir, 'nope.srt'), dir]);
    expect(list.files).toEqual([join(dir, 'a.srt')]);
    expect(list.failures).toEqual([{ path: join(dir, 'nope.srt'), reason: 'no such file or folder', code: 'ENOENT' }]);
  });

  it('listTranscriptFiles follows links to files and folders once, and skips a loop with a word', async () => {
    const dir = tree({ 'real/a.srt': '', 'other/b.vtt': '' });
    const walked = join(dir, 'walked');
    mkdirSync(walked);
    symlinkSync(join(dir, 'other/b.vtt'), join(walked, 'linked.vtt'));
    symlinkSync(join(dir, 'real'), join(walked, 'sub'));
    symlinkSync('.', join(walked, 'loop'));
    symlinkSync(join(dir, 'real/a.srt'), join(walked, 'again.srt'));
    symlinkSync(join(dir, 'gone.srt'), join(walked, 'broken.srt'));
    const list = await listTranscriptFiles(walked);
    // Sorted: again.srt lists real/a.srt first, so sub/a.srt (the same file, through the linked folder) is skipped.
    expect(list.files).toEqual([join(walked, 'again.srt'), join(walked, 'linked.vtt')]);
    expect(list.failures).toEqual([
      { path: join(walked, 'broken.srt'), reason: 'a broken symbolic link', code: 'ENOENT' },
    ]);
    expect(list.skipped).toEqual([
      {
        path: join(walked, 'loop'),
        reason: `reached again (through a link, or named twice): the same folder as ${walked}`,
      },
      {
        path: join(walked, 'sub/a.srt'),
        reason: `reached again (through a link, or named twice): the same file as ${join(walked, 'again.srt')}`,
      },
    ]);
  });

  it('listTranscriptFiles([folder, a file in it]) lists the file once and says so', async () => {
    const dir = tree({ 'a.srt': '', 'b.srt': '' });
    const list = await listTranscriptFiles([dir, join(dir, 'b.srt')]);
    expect(list.files).toEqual([join(dir, 'a.srt'), join(dir, 'b.srt')]);
    expect(list.skipped).toEqual([
      {
        path: join(dir, 'b.srt'),
        reason: `reached again (through a link, or named twice): the same file as ${join(dir, 'b.srt')}`,
      },
    ]);
  });

  it('listTranscriptFiles([fifo]) refuses a FIFO named on the command line, and skips one met in a walk', async (context) => {
    const dir = tree({ 'a.srt': '' });
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.srt')]);
    } catch {
      console.warn('skipped: mkfifo is not available');
      return context.skip();
    }
    expect(readdirSync(dir).sort()).toEqual(['a.srt', 'pipe.srt']);
    const named = await listTranscriptFiles(join(dir, 'pipe.srt'));
    expect(named).toEqual({
      files: [],
      failures: [{ path: join(dir, 'pipe.srt'), reason: 'a FIFO, not a transcript file' }],
      skipped: [],
    });
    const walked = await listTranscriptFiles(dir);
    expect(walked.files).toEqual([join(dir, 'a.srt')]);
    expect(walked.skipped).toEqual([{ path: join(dir, 'pipe.srt'), reason: 'a FIFO, not a file' }]);
    // A bench run of an old CLI with -o /dev/null, as root, once replaced /dev/null with a file: check what is a device.
    const device = ['/dev/null', '/dev/zero'].find((d) => existsSync(d) && statSync(d).isCharacterDevice());
    if (device)
      expect((await listTranscriptFiles(device)).failures[0]!.reason).toBe('a character device, not a transcript file');
    else console.warn('not checked: no character device at /dev/null or /dev/zero');
  });
});

describe('wouldListUnder', () => {
  it('wouldListUnder(folder, file) is true where a walk of folder would list file, existing or not', () => {
    expect(wouldListUnder('/c', '/c/report.json')).toBe(true);
    expect(wouldListUnder('/c', '/c/deep/er/x.srt')).toBe(true);
    expect(wouldListUnder('/c', '/c/report.csv')).toBe(false);
    expect(wouldListUnder('/c', '/c/.cache/x.json')).toBe(false);
    expect(wouldListUnder('/c', '/c/node_modules/x.json')).toBe(false);
    expect(wouldListUnder('/c', '/c/README.md')).toBe(false);
    expect(wouldListUnder('/c', '/other/x.json')).toBe(false);
    expect(wouldListUnder('/c', '/c')).toBe(false);
  });
});
