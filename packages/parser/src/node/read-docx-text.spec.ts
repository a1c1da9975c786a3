import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, zip } from '../../test/make-docx.js';
import { UnknownFormatError } from '../parse-error.js';
import { listTranscriptFiles } from './list-transcript-files.js';
import { readDocxText } from './read-docx-text.js';
import { readTranscriptFile } from './read-transcript-file.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podlens-docx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const write = async (name: string, bytes: Uint8Array) => {
  const p = join(dir, name);
  await writeFile(p, bytes);
  return p;
};

// Layouts written for these tests after the tools' Word exports.
describe('Word documents', () => {
  it('readDocxText(bytes) gives a paragraph a line', async () => {
    expect(await readDocxText(makeDocx(['One.', '', 'Two\tthree.']))).toBe('One.\nTwo\tthree.');
  });

  it('readTranscriptFile(otter.docx) reads an Otter export: `Name  0:05` paragraphs, the text below', async () => {
    const p = await write(
      'otter.docx',
      makeDocx([
        'Maria Lopez  0:00',
        'Welcome to the show.',
        'Sam Okafor  0:04',
        'Thanks for having me.',
        'Maria Lopez  0:09',
        'Let us begin.',
        'Transcribed by https://otter.ai',
      ]),
    );
    const r = await readTranscriptFile(p);
    expect(r.episode.format).toBe('otter');
    expect(r.episode.speakers.map((s) => s.name)).toEqual(['Maria Lopez', 'Sam Okafor']);
    expect(r.diagnostics[0]).toMatchObject({ origin: 'parser:docx' });
  });

  it('readTranscriptFile(rev.docx) reads a Rev export: `Speaker 1 (00:05):` then the text', async () => {
    const p = await write(
      'rev.docx',
      makeDocx(['Speaker 1 (00:00):', 'Hello there.', 'Speaker 2 (00:04):', 'Hi.', 'Speaker 1 (00:07):', 'Bye.']),
    );
    const r = await readTranscriptFile(p);
    expect(r.episode.turns.map((t) => [t.speakerId, t.start])).toEqual([
      ['speaker-1', 0],
      ['speaker-2', 4],
      ['speaker-1', 7],
    ]);
    expect(r.episode.speakers.every((s) => s.generic)).toBe(true);
  });

  it('readTranscriptFile(x.docx) refuses a Word document that is no transcript, and a zip that is no Word document, clearly', async () => {
    const prose = await write(
      'letter.docx',
      makeDocx(['Dear committee,', 'please find the report attached. It covers the year.', 'Kind regards']),
    );
    await expect(readTranscriptFile(prose)).rejects.toThrow(UnknownFormatError);
    await expect(readTranscriptFile(prose)).rejects.toThrow(
      /letter\.docx: a Word document of 3 paragraphs \(the first: 'Dear committee,'\) in no transcript layout: not a transcript in any known format/,
    );
    const other = await write('photos.docx', zip({ 'a.txt': 'x' }));
    await expect(readTranscriptFile(other)).rejects.toThrow(/not a Word document that can be read/);
    // One reason for every format: said once, not once per format.
    const refusal = await readTranscriptFile(other).catch((e: Error) => e);
    expect((refusal as Error).message).toMatch(/^\S*photos\.docx: not a Word document that can be read: [^\n]*$/);
    expect((refusal as UnknownFormatError).refusals.length).toBeGreaterThan(1);
    const fake = await write('fake.docx', new TextEncoder().encode('Ann: hi\nBob: ho\nAnn: hey'));
    await expect(readTranscriptFile(fake)).rejects.toThrow(/not a Word document/);
  });

  it('listTranscriptFiles(dir) walks .docx files', async () => {
    expect((await listTranscriptFiles(dir)).files.some((f) => f.endsWith('rev.docx'))).toBe(true);
  });
});
