import { describe, expect, it } from 'vitest';
import { parse } from '@podlens/parser';
import { amendParse } from './amend-parse.js';

const text =
  '[00:00:00] Ann: Welcome to the show, Bob.\n[00:00:10] Bob: Thanks for having me.\n[00:01:00] Ann: Tell me about sourdough.';
const parsed = parse(text, { fileName: 'a.txt' });

describe('amendParse', () => {
  it('amendParse(result, {}) is the parse itself', () => {
    expect(amendParse(parsed, {})).toBe(parsed);
  });

  it('amendParse(result, {edits}) renames and merges speakers, keeping the diagnostics', () => {
    const renamed = amendParse(parsed, { edits: { rename: { Ann: 'Anna' }, merge: {} } });
    expect(renamed.episode.speakers.map((s) => s.name).sort()).toEqual(['Anna', 'Bob']);
    expect(renamed.diagnostics).toBe(parsed.diagnostics);
    const merged = amendParse(parsed, { edits: { rename: {}, merge: { Bob: 'Ann' } } });
    expect(new Set(merged.episode.turns.map((t) => t.speakerId)).size).toBe(1);
  });

  it('amendParse(result, {chapterList}) merges a list where there are no chapters, and ignores one that does not parse', () => {
    expect(
      amendParse(parsed, { chapterList: '00:00 Intro\n01:00 Sourdough' }).episode.chapters.map((c) => c.start),
    ).toEqual([0, 60]);
    expect(amendParse(parsed, { chapterList: 'no chapters here' }).episode.chapters).toEqual([]);
  });
});
