import { describe, expect, it } from 'vitest';
import { parse } from './parse.js';
import { speakerCells, speakerColumns } from './speaker-columns.js';
import { summarizeEpisode } from './summarize-episode.js';

describe('speakerColumns, speakerCells', () => {
  const summary = summarizeEpisode(parse('Ann: Hello there, Bob?\nBob: Hi Ann.\nAnn: Good.\n'), {
    source: 'x.txt',
  });

  it('speakerColumns names figures every summary speaker has, the name left to the caller', () => {
    for (const s of summary.speakers) for (const c of speakerColumns) expect(s).toHaveProperty(c);
    expect(speakerColumns).not.toContain('name');
    expect(new Set(speakerColumns).size).toBe(speakerColumns.length);
  });

  it("speakerCells(speaker) gives the speaker's value of each column, in order", () => {
    const ann = summary.speakers.find((s) => s.name === 'Ann')!;
    expect(speakerCells(ann)).toEqual(speakerColumns.map((c) => ann[c]));
    expect(speakerCells(ann)[speakerColumns.indexOf('questions')]).toBe(1);
  });
});
