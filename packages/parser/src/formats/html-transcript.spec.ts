import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_MS, cpuMs } from '../../test/catastrophic.js';
import { htmlTranscript } from './html-transcript.js';

describe('html transcripts', () => {
  it('htmlTranscript.detect(text) wants `<p>` with `<cite>` or `<time>`; a text page needs two of them', () => {
    expect(htmlTranscript.detect('<html><body><p>Just a page.</p></body></html>').score).toBe(0);
    expect(htmlTranscript.detect('Notes: see <cite>Book</cite>.\n\n<p>x</p>').score).toBe(0);
    expect(htmlTranscript.detect('<cite>Ann:</cite><time>0:00</time><p>Hi.</p>').score).toBeGreaterThan(0.9);
  });

  it('htmlTranscript.read(text) carries a speaker over paragraphs, warns on a bad time, and survives an unclosed `<p>`', () => {
    const raw = htmlTranscript.read(
      '<cite>Ann:</cite><time>soon</time><p>One.<p>Two.\n<cite>Bob:</cite><time>1:00</time><p>Three.',
    );
    expect(raw.items.map((i) => i.kind === 'line' && [i.label, i.start, i.text])).toEqual([
      ['Ann', undefined, 'One.'],
      ['Ann', undefined, 'Two.'],
      ['Bob', 60, 'Three.'],
    ]);
    expect(raw.diagnostics).toEqual([expect.objectContaining({ origin: 'parser:html-time', severity: 'warning' })]);
  });

  it('htmlTranscript.detect(text) on a long run of blanks before a text page is not catastrophically slow', () => {
    // Found by fuzzing a fixture: `^\s*(?:\uFEFF)?\s*<` backtracked quadratically (150 000 tabs: 50 s).
    const page = 'Title\n<cite>Ann:</cite> <p>Hi.</p>\n';
    const t0 = cpuMs();
    const result = htmlTranscript.detect('\t'.repeat(200_000) + page);
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
    expect(result.score).toBe(0);
    expect(htmlTranscript.detect(' \uFEFF\n<cite>Ann:</cite> <p>Hi.</p>').score).toBeGreaterThan(0);
  });
});
