import { describe, expect, it } from 'vitest';
import { editSpeakers } from './edit-speakers.js';
import { parse } from './parse.js';
import { speakerBalance } from './metrics/speaker-balance.js';

const text = [
  '[00:00:00] Ann: Hello and welcome.',
  '[00:00:10] Guest: Hi.',
  '[00:00:20] Bob: Thanks.',
  '[00:00:30] Ann: Bye.',
].join('\n');

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

  it.each(['toString', 'constructor', 'hasOwnProperty', 'valueOf'])(
    'editSpeakers(episode, no edits) keeps a speaker named %s (no inherited key is read as an edit)',
    (name) => {
      const { episode } = parse(
        `[00:00:00] ${name}: Hello and welcome.\n[00:00:10] Bob: Hi.\n[00:00:20] ${name}: Bye.`,
      );
      expect(episode.speakers.map((s) => s.name)).toContain(name);
      const edited = editSpeakers(episode, { rename: {}, merge: {} });
      expect(edited.speakers.map((s) => s.name)).toEqual(episode.speakers.map((s) => s.name));
      expect(edited.turns).toHaveLength(3);
    },
  );

  it('editSpeakers(episode, edits) renames and merges a speaker named constructor through own keys', () => {
    const { episode } = parse(
      '[00:00:00] constructor: Hello.\n[00:00:10] Bob: Hi.\n[00:00:20] Cat: Bye.\n[00:00:30] constructor: Bye too.\n[00:00:40] Bob: Yes.',
    );
    // JSON.parse makes `__proto__` an own key, as a sidecar read from disk would.
    const rename = JSON.parse('{"constructor":"Connie","__proto__":"X"}') as Record<string, string>;
    const edited = editSpeakers(episode, { rename, merge: { Cat: 'constructor' } });
    expect(edited.speakers.map((s) => s.name)).toEqual(['Connie', 'Bob']);
  });

  it('editSpeakers(episode, edits) ignores a rename onto a name another speaker keeps, and allows a swap', () => {
    const { episode } = parse(text);
    expect(editSpeakers(episode, { rename: { Ann: 'Bob' }, merge: {} }).speakers.map((s) => s.name)).toEqual([
      'Ann',
      'Guest',
      'Bob',
    ]);
    expect(
      editSpeakers(episode, { rename: { Ann: 'Bob', Bob: 'Ann' }, merge: {} }).speakers.map((s) => s.name),
    ).toEqual(['Bob', 'Guest', 'Ann']);
  });
});
