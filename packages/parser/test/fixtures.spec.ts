import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatNames, parse, speakerBalance, type ParseResult } from '../src/index.js';
import { expectFixture } from './expect-fixture.js';

// Each input under fixtures/ (hand-written, no podcast's data) beside its `.expected.json`, compared whole.
// UPDATE_FIXTURES=1 writes the expected files; review every change before committing it.
const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const inputs = readdirSync(dir)
  .filter((f) => !f.endsWith('.expected.json'))
  .sort();

const round = (n: number) => Math.round(n * 1000) / 1000;

/** What a reader is checked on: format, speakers, turns with their times and words, talk shares, diagnostics. */
function view(result: ParseResult) {
  const { episode, diagnostics } = result;
  const names = new Map(episode.speakers.map((s) => [s.id, s.name]));
  return {
    format: episode.format,
    title: episode.meta.title,
    date: episode.meta.date,
    timing: episode.timing,
    durationSeconds: round(episode.durationSeconds),
    speakers: episode.speakers.map((s) => ({ name: s.name, role: s.role })),
    turns: episode.turns.map((t) => ({
      speaker: names.get(t.speakerId),
      start: round(t.start),
      end: round(t.end),
      seconds: round(t.seconds),
      words: t.words,
      text: t.text,
      line: t.position?.start.line,
    })),
    chapters: episode.chapters.map((c) => ({ title: c.title, start: c.start })),
    talkShares: Object.fromEntries(speakerBalance(episode).speakers.map((s) => [s.name, round(s.talkShare)])),
    diagnostics: diagnostics.map((d) => `${d.severity} ${d.origin}: ${d.message}`),
  };
}

describe('reader fixtures (test/fixtures: input and expected JSON)', () => {
  it('has a fixture for every format of the registry (adding a format adds its fixture)', () => {
    const read = new Set(
      inputs.map((name) => parse(readFileSync(join(dir, name), 'utf8'), { fileName: name }).episode.format),
    );
    expect(formatNames.filter((f) => !read.has(f))).toEqual([]);
  });
  for (const name of inputs) {
    it(`${name} reads as its expected JSON`, () => {
      const actual = view(parse(readFileSync(join(dir, name), 'utf8'), { fileName: name }));
      expectFixture(join(dir, `${name.replace(/\.[^.]+$/, '')}.expected.json`), actual);
    });
  }
});
