import { describe, expect, it } from 'vitest';
import { cueLines, labelledCueLines } from './cue-lines.js';

const position = undefined;

describe('cue lines', () => {
  it("cueLines(parts, start, end) shares the cue's time among its parts by their words", () => {
    const lines = cueLines(
      [
        { label: 'Ann', text: 'one two three' },
        { label: 'Bob', text: 'four' },
      ],
      0,
      4,
      position,
    );
    expect(lines.map((l) => [l.label, l.text, l.start, l.end])).toEqual([
      ['Ann', 'one two three', 0, 3],
      ['Bob', 'four', 3, 4],
    ]);
  });

  it('labelledCueLines(cues) carries a Name: prefix to later cues and splits a cue where a recurring speaker starts', () => {
    const lines = labelledCueLines([
      { start: 0, end: 2, body: 'Ann: Hello there.', position },
      { start: 2, end: 4, body: 'Still me.\nBob: Hi.', position },
      { start: 4, end: 5, body: 'Yes.', position },
      { start: 5, end: 6, body: 'Ann: Good.', position },
      { start: 6, end: 7, body: 'Bob: Right.', position },
    ]);
    expect(lines.map((l) => [l.label, l.text])).toEqual([
      ['Ann', 'Hello there.'],
      ['Ann', 'Still me.'],
      ['Bob', 'Hi.'],
      ['Bob', 'Yes.'],
      ['Ann', 'Good.'],
      ['Bob', 'Right.'],
    ]);
    expect(lines[1]!.start).toBe(2);
    expect(lines[2]!.end).toBeCloseTo(4, 9);
  });
});
