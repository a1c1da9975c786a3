import { describe, expect, it } from 'vitest';
import { parse } from '@podlens/parser';
import { readTranscript } from './read-transcript.js';

const text =
  '[00:00:00] Ann: Welcome to the show, Bob.\n[00:00:10] Bob: Thanks for having me.\n[00:01:00] Ann: Tell me about sourdough.\n[00:01:30] Bob: Flour, water and salt.';

describe('readTranscript', () => {
  it('readTranscript(text) is what parse(text) reads', () => {
    expect(readTranscript(text, { fileName: 'a.txt' })).toEqual(parse(text, { fileName: 'a.txt' }));
  });

  it('readTranscript(text, {decoding}) puts what decoding said first', () => {
    const decoding = { severity: 'warning' as const, origin: 'parser:encoding', message: 'read as Windows-1252' };
    const { diagnostics } = readTranscript(text, { fileName: 'a.txt', decoding });
    expect(diagnostics).toEqual([decoding, ...parse(text).diagnostics]);
  });

  it('readTranscript(text, {edits}) renames and merges speakers before anything is computed', () => {
    const { episode } = readTranscript(text, { edits: { rename: { Ann: 'Anna' }, merge: {} } });
    expect(episode.speakers.map((s) => s.name).sort()).toEqual(['Anna', 'Bob']);
    const merged = readTranscript(text, { edits: { rename: {}, merge: { Bob: 'Ann' } } }).episode;
    expect(new Set(merged.turns.map((t) => t.speakerId)).size).toBe(1);
  });

  it('readTranscript(text, {chapterList}) takes the chapters of a list where the transcript has none, and ignores a list that does not parse', () => {
    const { episode } = readTranscript(text, { chapterList: '00:00 Intro\n01:00 Sourdough' });
    expect(episode.chapters.map((c) => [c.title, c.start])).toEqual([
      ['Intro', 0],
      ['Sourdough', 60],
    ]);
    expect(readTranscript(text, { chapterList: 'no chapters here' }).episode.chapters).toEqual([]);
  });
});
