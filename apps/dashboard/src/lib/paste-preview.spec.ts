import { describe, expect, it } from 'vitest';
import { analyzeTranscript } from '@podlens/nlp';
import { pastePreview } from './paste-preview.js';

const text =
  'Ann: Welcome to the show. Open source maintainers carry a lot of weight.\nBob: Maintainers need funding, and open source needs maintainers.\nAnn: How do maintainers find funding for open source?';

describe('pastePreview', () => {
  it('pastePreview(text) shows what the pipeline reads: format, speakers with their shares, the first keywords', () => {
    const preview = pastePreview(text, 'paste.txt');
    const { summary } = analyzeTranscript(text, { fileName: 'paste.txt' });
    expect(preview).toEqual({
      ok: true,
      format: summary.format,
      speakers: summary.speakers.map((s) => ({ name: s.name, talkShare: s.talkShare })),
      keywords: summary.keywords.slice(0, 8).map((k) => k.term),
      warnings: summary.diagnostics.filter((d) => d.severity !== 'info').length,
    });
    expect(preview).toMatchObject({ ok: true, speakers: [{ name: 'Ann' }, { name: 'Bob' }] });
    expect((preview as { keywords: string[] }).keywords.join(' ')).toMatch(/maintainers/i);
  });

  it('pastePreview(text) says why a text cannot be read, and nothing for an empty one', () => {
    expect(pastePreview('  \n', 'paste.txt')).toBeUndefined();
    expect(pastePreview('just some words\nwith no speakers at all', 'paste.txt')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a transcript in any known format/),
    });
  });
});
