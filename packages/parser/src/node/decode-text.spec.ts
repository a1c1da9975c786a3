import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';

const text = 'HOST: Café, ça va? Très bien — naïve résumé.\n';
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => utf16le(s).map((_, i, a) => a[i ^ 1]!);
const latin1 = (s: string) => new Uint8Array(Buffer.from(s.replace('—', '-'), 'latin1'));

describe('decodeText', () => {
  it('decodeText(utf-8, with or without BOM) reads it without a word', () => {
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({
      text,
      encoding: 'utf-8',
    });
  });

  it('decodeText(utf-16 with BOM) reads it by the BOM, with an info', () => {
    const le = decodeText(new Uint8Array([0xff, 0xfe, ...utf16le(text)]));
    expect(le).toMatchObject({
      text,
      encoding: 'utf-16le',
      diagnostic: { severity: 'info', origin: 'parser:encoding' },
    });
    const be = decodeText(new Uint8Array([0xfe, 0xff, ...utf16be(text)]));
    expect(be).toMatchObject({ text, encoding: 'utf-16be', diagnostic: { severity: 'info' } });
  });

  it('decodeText(utf-16 without BOM) guesses it from the NUL bytes, with a warning', () => {
    expect(decodeText(utf16le(text))).toMatchObject({
      text,
      encoding: 'utf-16le',
      diagnostic: { severity: 'warning', message: expect.stringContaining('a guess') },
    });
    expect(decodeText(utf16be(text))).toMatchObject({
      text,
      encoding: 'utf-16be',
      diagnostic: { severity: 'warning' },
    });
  });

  it('decodeText(latin-1) reads Windows-1252 with a warning that it is a guess', () => {
    const r = decodeText(latin1(text));
    expect(r.text).toBe(text.replace('—', '-'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.diagnostic).toMatchObject({
      severity: 'warning',
      origin: 'parser:encoding',
      message: expect.stringContaining('not valid UTF-8'),
    });
    // Windows-1252's own letters in 0x80-0x9f: curly quotes, the euro sign.
    expect(decodeText(new Uint8Array([0x93, 0x80, 0x35, 0x94])).text).toBe('\u201c€5\u201d');
  });

  it('decodeText(binary) keeps its NUL bytes, for the parser to refuse', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0,
    ]);
    expect(decodeText(png).text).toContain('\u0000');
  });

  it('decodeText(any bytes) gives a string and never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const r = decodeText(bytes);
        expect(typeof r.text).toBe('string');
        expect(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).toContain(r.encoding);
      }),
      { numRuns: 5000 },
    );
  });
});
