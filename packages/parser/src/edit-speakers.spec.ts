import { describe, expect, it } from 'vitest';
import { editSpeakers } from './edit-speakers.js';
import { parse } from './parse.js';
import { speakerBalance } from './metrics/speaker-balance.js';

const text = ['[00:00:00] Ann: Hello and welcome.', '[00:00:10] Guest: Hi.', '[00:00:20] Bob: Thanks.', '[00:00:30] Ann: Bye.'].join('\n');

describe('editSpeakers', () => {
  it('editSpeakers(episode, edits) merges a speaker into another and joins the runs that meet', () => {
    const { episode } = parse(text);
    const edited = editSpeakers(episode, { rename: {}, merge: { Guest: 'Bob' } });
    expect(edited.speakers.map((s) => s.name)).toEqual(['Ann', 'Bob']);
    expect(edited.turns.map((t) => t.speakerId)).toEqual(['ann', 'bob', 'ann']);
    expect(edited.turns[1]!.seconds).toBe(20);
    expect(edited.speakers[1]!.aliases).toContain('Guest');
    expect(speakerBalance(edited).speakers.reduce((s, x) => s + x.talkShare, 0)).toBeCloseTo(1, 9);
  });

  it('editSpeakers(episode, edits) renames and keeps the old name as an alias; unknown names are ignored', () => {
    const { episode } = parse(text);
    const edited = editSpeakers(episode, { rename: { Ann: 'Anna', Nobody: 'X' }, merge: { Nobody: 'Ann' } });
    expect(edited.speakers.map((s) => s.name)).toEqual(['Anna', 'Guest', 'Bob']);
    expect(edited.speakers[0]!.aliases).toEqual(['Ann']);
    expect(edited.turns).toHaveLength(4);
  });
});
