import { describe, expect, it } from 'vitest';
import { chapters } from './chapters.js';

describe('chapters', () => {
  it("chapters.detect(text) wants most lines 'hh:mm:ss Title', and not all with the same 'Name:' (a transcript)", () => {
    expect(chapters.detect('00:00 Intro\n05:00 Tools\n').score).toBe(0.85);
    expect(chapters.detect('00:00 Intro\nsome prose\nmore prose\n').score).toBe(0);
    expect(chapters.detect('00:00 Ann: hello\n00:05 Ann: more\n00:09 Ann: again\n').score).toBe(0);
  });

  it('chapters.read(text) sorts the chapters, ends each at the next start, and warns of order and bad lines', () => {
    const raw = chapters.read('00:00 Intro\n10:00 Late\n05:00 Early\nnonsense\n');
    expect(raw.chapters!.map((c) => [c.title, c.start, c.end])).toEqual([
      ['Intro', 0, 300],
      ['Early', 300, 600],
      ['Late', 600, 600],
    ]);
    expect(raw.diagnostics.map((d) => d.origin)).toEqual(['parser:chapter-order', 'parser:chapter-line']);
    expect(raw.items).toEqual([]);
  });
});
