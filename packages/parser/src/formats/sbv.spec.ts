import { describe, expect, it } from 'vitest';
import { sbv } from './sbv.js';

describe('sbv', () => {
  it('sbv.detect(text) is sure of a first `start,end` timing line and refuses SRT and prose', () => {
    expect(sbv.detect('0:00:00.599,0:00:04.160\nHi\n').score).toBe(0.9);
    expect(sbv.detect('1\n00:00:01,000 --> 00:00:02,000\nHi\n').score).toBe(0);
    expect(sbv.detect('Ann: hello there\n').score).toBe(0);
  });

  it('sbv.read(text) times each cue and carries a Name: prefix until another name starts a cue', () => {
    const raw = sbv.read(
      '0:00:01.000,0:00:02.000\nAnn: Hello.\n\n0:00:02.000,0:00:03.000\nStill me.\n\n0:00:03.000,0:00:04.500\nBob: Hi.\n',
    );
    expect(raw.items.map((i) => (i.kind === 'line' ? [i.label, i.text, i.start, i.end] : i.kind))).toEqual([
      ['Ann', 'Hello.', 1, 2],
      ['Ann', 'Still me.', 2, 3],
      ['Bob', 'Hi.', 3, 4.5],
    ]);
  });

  it('sbv.read(text) skips a block without a timing line and says where', () => {
    const raw = sbv.read('0:00:01.000,0:00:02.000\nAnn: Hello.\n\nno timing here\n');
    expect(raw.diagnostics.map((d) => [d.origin, d.position?.start.line])).toEqual([['parser:sbv-cue', 4]]);
  });
});
