import { describe, expect, it } from 'vitest';
import { otter } from './otter.js';

describe('otter', () => {
  it("otter.detect(text) needs two 'Name  m:ss' headers followed by text", () => {
    expect(otter.detect('Ann  0:00\nHello.\n\nBob  0:05\nHi.\n').score).toBe(0.8);
    expect(otter.detect('Ann  0:00\nHello.\n').score).toBe(0);
    expect(otter.detect('Ann  0:00\nBob  0:05\n').score).toBe(0);
  });

  it('otter.read(text) gives each header its text, keeps further lines in the turn, and leaves the footer out', () => {
    const raw = otter.read('Ann  0:00\nHello.\nMore.\n\nBob  1:05\nHi.\n\nTranscribed by https://otter.ai\n');
    expect(raw.items.map((i) => (i.kind === 'line' ? [i.label, i.text, i.start] : i.kind))).toEqual([
      ['Ann', 'Hello.', 0],
      ['Ann', 'More.', undefined],
      ['Bob', 'Hi.', 65],
    ]);
    expect(raw.diagnostics.map((d) => d.origin)).toEqual(['parser:boilerplate']);
  });
});
