import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_MS, cpuMs } from '../../test/catastrophic.js';
import { parse } from '../index.js';
import { chapters } from './chapters.js';
import { plain } from './plain.js';

describe('plain', () => {
  it('plain.detect(a 100k-space line) stays linear (fuzz regression: quadratic backtracking)', () => {
    const text = `${' '.repeat(100_000)}x0:00:00 Episode Introduction\nAlexey: hi (0:01)\nBob: yo (0:02)\n`;
    const t0 = cpuMs();
    plain.detect(text);
    const result = parse(text, { format: 'plain' });
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
    expect(result.episode.turns.map((t) => t.text)).toEqual(['hi', 'yo']);
  });

  it('plain reads a label after leading white space', () => {
    const { episode } = parse('   Ann: hello there\n\tBob: hi\nAnn: bye', { format: 'plain' });
    expect(episode.speakers.map((s) => s.name)).toEqual(['Ann', 'Bob']);
  });

  it('plain.read(text) reads stamps before or after the label, and continues turns', () => {
    const raw = plain.read('[00:00:05] Ann: Hi.\n00:00:09 Bob: Hello (0:10)\n(0:20) Ann: Again.\nmore words\n');
    expect(raw.items.map((i) => (i.kind === 'line' ? `${i.label}|${i.text}|${i.start}` : ''))).toEqual([
      'Ann|Hi.|5',
      'Bob|Hello|9',
      'Ann|Again.|20',
      'Ann|more words|undefined',
    ]);
  });

  it('plain and chapter lines take linear time on long blank runs (fuzzed lines took 96 s)', () => {
    const lines = [
      `00:00:01${' '.repeat(300_000)}x`,
      `${' '.repeat(300_000)}Ann${' '.repeat(300_000)}: hi`,
      `[00:01] ${' '.repeat(300_000)}:`,
    ];
    for (const line of lines) {
      const t0 = cpuMs();
      plain.detect(`${line}\n${line}`);
      plain.read(line);
      chapters.detect(line);
      chapters.read(line);
      expect(cpuMs() - t0, line.slice(0, 20)).toBeLessThan(CATASTROPHIC_MS);
    }
  });
});
