import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../test/make-docx.js';
import { UnknownFormatError } from '../parse-error.js';
import { isWordDocument, readTranscriptBytes } from './read-transcript-bytes.js';

describe('readTranscriptBytes', () => {
  it('readTranscriptBytes(docx bytes) gives its paragraphs as lines, with a note, whatever the name', async () => {
    const bytes = makeDocx(['Ann Lee  0:01', 'Hello there.', 'Bob Ray  0:05', 'Hi Ann.']);
    for (const name of ['talk.docx', 'upload.bin', undefined]) {
      const out = await readTranscriptBytes(bytes, name);
      expect(out).toMatchObject({
        text: 'Ann Lee  0:01\nHello there.\nBob Ray  0:05\nHi Ann.',
        wordDocument: true,
        diagnostic: { severity: 'info', origin: 'parser:docx' },
      });
    }
  });

  it('readTranscriptBytes(text bytes) decodes them as decodeText does, noting only a guessed encoding', async () => {
    expect(await readTranscriptBytes(new TextEncoder().encode('Ann: hi'), 'a.txt')).toEqual({
      text: 'Ann: hi',
      wordDocument: false,
    });
    const latin = await readTranscriptBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'a.txt');
    expect(latin.text).toBe('café');
    expect(latin.diagnostic?.severity).toBe('warning');
  });

  it('readTranscriptBytes(a .docx that is no Word document) is an UnknownFormatError saying why', async () => {
    await expect(readTranscriptBytes(new TextEncoder().encode('plain words'), 'x.docx')).rejects.toThrow(
      UnknownFormatError,
    );
    await expect(readTranscriptBytes(makeDocx([]), 'empty.docx')).rejects.toThrow(/no text/);
  });

  it('isWordDocument(bytes, name) knows a .docx by its name or a zip by its first bytes', () => {
    expect(isWordDocument(new Uint8Array([1]), 'A.DOCX')).toBe(true);
    expect(isWordDocument(makeDocx(['x']))).toBe(true);
    expect(isWordDocument(new TextEncoder().encode('WEBVTT'), 'a.vtt')).toBe(false);
  });
});
