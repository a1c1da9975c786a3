import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, speakerBalance, type ParseResult } from '../src/index.js';
import { sharedDir, skipWithoutShared } from './shared.js';

describe.skipIf(skipWithoutShared)('the seed page (../shared/seed)', () => {
  // Read in beforeAll, which a skipped describe never runs (its body is still collected without ../shared).
  let text: string;
  let episode: ParseResult['episode'];
  let diagnostics: ParseResult['diagnostics'];
  beforeAll(() => {
    const dir = join(sharedDir!, 'seed');
    const file = readdirSync(dir).find((f) => f.endsWith('.txt'))!;
    text = readFileSync(join(dir, file), 'utf8');
    ({ episode, diagnostics } = parse(text, { fileName: file }));
  });

  it('parse(seed) reads it as page text with its title, season, episode and guest', () => {
    expect(episode.format).toBe('page-text');
    expect(episode.meta.title).toBe('Lessons Learned About Data & AI at Enterprises');
    expect(episode.meta.season).toBe(10);
    expect(episode.meta.episode).toBe(4);
    expect(episode.meta.guestNames).toEqual(['Alexander Hendorf']);
  });

  it('parse(seed) finds exactly Alexey (host) and Alexander (guest)', () => {
    expect(episode.speakers.map((s) => [s.name, s.role, s.roleSource])).toEqual([
      ['Alexey', 'host', 'given'],
      ['Alexander', 'guest', 'given'],
    ]);
    expect(episode.speakers[1]!.fullName).toBe('Alexander Hendorf');
  });

  it('parse(seed) makes its 13 headings chapters starting at the first timestamp after each', () => {
    expect(episode.chapters).toHaveLength(13);
    const lines = text.split('\n');
    for (const c of episode.chapters) {
      const at = c.position!.start.line - 1;
      expect(lines[at]!.trim()).toBe(c.title);
      const next = lines.slice(at + 1).find((l) => /\((\d+:\d\d(?::\d\d)?)\)\s*$/.test(l))!;
      const stamp = /\(([\d:]+)\)\s*$/.exec(next)![1]!.split(':').map(Number);
      expect(c.start).toBe(stamp.reduce((a, b) => a * 60 + b, 0));
    }
    expect(episode.chapters[0]).toMatchObject({ title: 'Alexander’s background', start: 188 });
    expect(episode.chapters[12]).toMatchObject({ title: 'Finding Alexander online', start: 3667 });
  });

  it('parse(seed) reports the two garbled lines at 16:31', () => {
    const garbled = diagnostics.filter((d) => d.origin === 'parser:garbled-line');
    expect(garbled.map((d) => d.position!.start.line)).toEqual([85, 87]);
  });

  it('parse(seed) leaves the site boilerplate out of every turn, and says so', () => {
    const all = episode.turns.map((t) => t.text).join('\n');
    for (const phrase of [
      'Zoomcamp',
      'Subscribe to our weekly newsletter',
      'Hosted on GitHub Pages',
      'The transcripts are edited',
      'Did you like this episode',
    ])
      expect(all).not.toContain(phrase);
    expect(diagnostics.filter((d) => d.origin === 'parser:boilerplate').length).toBeGreaterThanOrEqual(6);
  });

  it('parse(seed) keeps stage directions apart from the words', () => {
    const directions = episode.turns.flatMap((t) => t.stageDirections.map((d) => d.text));
    expect(directions).toContain('chuckles');
    expect(directions).toContain('cross-talk');
    expect(episode.turns.some((t) => t.text.includes('[chuckles]'))).toBe(false);
  });

  it('speakerBalance(seed) gives shares that sum to 1 and the host share', () => {
    const b = speakerBalance(episode);
    expect(b.speakers.reduce((s, x) => s + x.talkShare, 0)).toBeCloseTo(1, 9);
    expect(b.hostShare).toBeCloseTo(b.speakers.find((s) => s.name === 'Alexey')!.talkShare, 9);
    expect(b.windows.length).toBeGreaterThan(100);
  });
});
