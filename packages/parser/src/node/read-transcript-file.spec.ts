import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTranscriptFile } from './read-transcript-file.js';

const transcript =
  'HOST: Welcome to the show, señor.\nGUEST: Thank you, it is a pleasure to be here.\nHOST: Olé.\nGUEST: Merci.\n';

describe('readTranscriptFile', () => {
  it('readTranscriptFile(utf-16 with BOM) parses it and says how it was read', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'podlens-read-')), 'utf16.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(transcript, 'utf16le')]));
    const r = await readTranscriptFile(file);
    expect(r.episode.speakers.map((s) => s.name)).toEqual(['HOST', 'GUEST']);
    expect(r.episode.turns[0]!.text).toContain('señor');
    expect(r.diagnostics[0]).toMatchObject({ origin: 'parser:encoding', severity: 'info' });
  });

  it('readTranscriptFile(latin-1) parses it with a warning that the encoding is a guess', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'podlens-read-')), 'latin1.txt');
    writeFileSync(file, Buffer.from(transcript, 'latin1'));
    const r = await readTranscriptFile(file);
    expect(r.episode.turns[0]!.text).toContain('señor');
    expect(r.diagnostics[0]).toMatchObject({ origin: 'parser:encoding', severity: 'warning' });
  });

  it('readTranscriptFile(fifo) refuses it at once instead of waiting for a writer', async (context) => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'podlens-read-')), 'pipe.srt');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      console.warn('skipped: mkfifo is not available');
      return context.skip();
    }
    await expect(readTranscriptFile(fifo)).rejects.toThrow(/not a regular file/);
  });
});
