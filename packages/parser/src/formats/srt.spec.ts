import { describe, expect, it } from 'vitest';
import { srt } from './srt.js';

describe('srt', () => {
  it('srt.detect(text) is sure of a cue number and a comma timing line, less of a dot timing, and refuses prose', () => {
    expect(srt.detect('1\n00:00:01,000 --> 00:00:02,000\nHi\n').score).toBeGreaterThanOrEqual(0.9);
    expect(srt.detect('1\n00:00:01.000 --> 00:00:02.000\nHi\n').score).toBe(0.6);
    expect(srt.detect('Ann: hello there\n').score).toBe(0);
  });

  it('srt.read(text) carries a Name: prefix to the next cues until another name starts a cue', () => {
    const raw = srt.read(
      '1\n00:00:01,000 --> 00:00:02,000\nAnn: Hello.\n\n2\n00:00:02,000 --> 00:00:03,000\nStill me.\n\n3\n00:00:03,000 --> 00:00:04,000\nBob: Hi.\n',
    );
    expect(raw.items.map((i) => (i.kind === 'line' ? [i.label, i.text, i.start] : i.kind))).toEqual([
      ['Ann', 'Hello.', 1],
      ['Ann', 'Still me.', 2],
      ['Bob', 'Hi.', 3],
    ]);
  });

  it('srt.read(text) keeps a cue with a bad start without a time and says so', () => {
    const raw = srt.read(
      '1\n00:00:01,000 --> 00:00:02,000\nAnn: Hello.\n\n2\n00:99:02,000 --> 00:00:03,000\nAnn: Again.\n',
    );
    expect(raw.diagnostics.map((d) => d.origin)).toContain('parser:srt-timing');
    expect(raw.items.filter((i) => i.kind === 'line').map((i) => i.kind === 'line' && i.start)).toEqual([1, undefined]);
  });
});
