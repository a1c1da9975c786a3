import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countWords, parse, speakerBalance } from '../src/index.js';

// Each numbered sentence of the README's "Talk time" section, checked on a small input; the test names are the
// README's sentences, read at run time, so the definition and its checks cannot drift apart.
const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Talk time'));
const sentences = [
  ...section.slice(0, section.indexOf('\n## ', 1) >>> 0 || undefined).matchAll(/^(\d+)\. (.+)$/gm),
].map((m) => m[2]!);

type Line = [who: string, sec: number | undefined, text: string];
/** A markdown-yaml transcript: one `{line, who, sec}` entry per line, and the duration when given. */
const md = (lines: Line[], duration?: string) =>
  `---\n${duration ? `duration: ${duration}\n` : ''}transcript:\n${lines
    .map(
      ([who, sec, line]) =>
        `- line: ${JSON.stringify(line)}\n  who: ${who}\n${sec === undefined ? '' : `  sec: ${sec}\n`}`,
    )
    .join('')}---\n`;
const figures = (text: string) => {
  const result = parse(text);
  const speakers = speakerBalance(result.episode).speakers;
  const of = (name: string) => speakers.find((s) => s.name === name)!;
  return { result, speakers, of, seconds: (name: string) => of(name).talkSeconds };
};

const checks: (() => void)[] = [
  // 1. a block: lines without a start of their own (or with the same one) join the line before.
  () => {
    const f = figures(
      md(
        [
          ['Ann', 0, 'one two'],
          ['Ann', undefined, 'three four'],
          ['Ann', 0, 'five'],
          ['Bob', 10, 'hi'],
        ],
        'PT20S',
      ),
    );
    expect(f.seconds('Ann')).toBe(10);
    expect(f.result.episode.turns[0]!.paragraphs.length).toBeGreaterThan(1);
  },
  // 2. until the next later start.
  () => {
    const f = figures(
      md(
        [
          ['Ann', 0, 'a'],
          ['Bob', 7, 'b'],
          ['Ann', 12, 'c'],
        ],
        'PT20S',
      ),
    );
    expect([f.seconds('Ann'), f.seconds('Bob')]).toEqual([7 + 8, 5]);
  },
  // 3. a shared start split by words.
  () => {
    const f = figures(
      md(
        [
          ['Ann', 0, 'one'],
          ['Bob', 0, 'one two three'],
          ['Ann', 8, 'end'],
        ],
        'PT10S',
      ),
    );
    expect(f.seconds('Ann')).toBeCloseTo(2 + 2);
    expect(f.seconds('Bob')).toBeCloseTo(6);
  },
  // 4. the last block ends at the duration; without one, after its words (2.5 a second, at most 5 s).
  () => {
    expect(
      figures(
        md(
          [
            ['Ann', 0, 'a'],
            ['Bob', 10, 'one two'],
            ['Ann', 20, 'bye'],
          ],
          'PT50S',
        ),
      ).seconds('Ann'),
    ).toBe(10 + 30);
    expect(
      figures(
        md([
          ['Ann', 0, 'a'],
          ['Bob', 10, 'one two three four five'],
        ]),
      ).seconds('Bob'),
    ).toBe(2);
    expect(
      figures(
        md([
          ['Ann', 0, 'a'],
          ['Bob', 10, 'word '.repeat(40).trim()],
        ]),
      ).seconds('Bob'),
    ).toBe(5);
  },
  // 5. cues end at their own end: gaps are nobody's, a speaker's own overlaps counted once, crosstalk for both.
  () => {
    const cue = (from: string, to: string, who: string, text: string) =>
      `00:00:${from} --> 00:00:${to}\n<v ${who}>${text}\n\n`;
    const vtt = `WEBVTT\n\n${cue('00.000', '02.000', 'Ann', 'one two')}${cue('05.000', '08.000', 'Bob', 'three')}${cue('07.000', '09.000', 'Bob', 'four')}${cue('08.000', '10.000', 'Ann', 'five')}`;
    const f = figures(vtt);
    expect(f.seconds('Bob')).toBeCloseTo(4); // 5-9 once, though his cues overlap; 2-5 is silence
    expect(f.seconds('Ann')).toBeCloseTo(2 + 2); // 8-10 talks over Bob's 8-9: both talk
  },
  // 6. an earlier start is taken as the line before it's, with a warning.
  () => {
    const f = figures(
      md(
        [
          ['Ann', 0, 'a'],
          ['Bob', 10, 'one two'],
          ['Ann', 5, 'late'],
        ],
        'PT30S',
      ),
    );
    expect(f.result.diagnostics.map((d) => [d.severity, d.origin])).toContainEqual(['warning', 'parser:time-order']);
    // Bob (2 words) and the late line (1 word) share 10..30.
    expect(f.seconds('Bob')).toBeCloseTo((20 * 2) / 3);
    expect(f.seconds('Ann')).toBeCloseTo(10 + 20 / 3);
    // Cues with ends: the late cue keeps its own times.
    const late = figures(
      'WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Ann>a\n\n00:00:10.000 --> 00:00:12.000\n<v Bob>b\n\n00:00:05.000 --> 00:00:09.000\n<v Ann>late\n',
    );
    expect(late.result.diagnostics.map((d) => [d.severity, d.origin])).toContainEqual(['warning', 'parser:time-order']);
    expect([late.seconds('Ann'), late.seconds('Bob')]).toEqual([8, 2]);
  },
  // 7. no time at all: words at 2.5 a second, timing 'estimated'.
  () => {
    const f = figures('Ann: one two three four five\nBob: six seven\nAnn: eight\nBob: nine ten\n');
    expect(f.result.episode.timing).toBe('estimated');
    expect([f.seconds('Ann'), f.seconds('Bob')]).toEqual([(5 + 1) / 2.5, (2 + 2) / 2.5]);
  },
  // 8. words.
  () => {
    expect(countWords("it's well-known: x_y, 42 and l'été — ok!")).toBe(7);
    expect(figures(md([['Ann', 0, "it's a well-known x_y 42"]], 'PT5S')).of('Ann').words).toBe(5);
  },
  // 9. turns are maximal runs, whatever the timestamps inside.
  () => {
    const f = figures(
      md(
        [
          ['Ann', 0, 'a'],
          ['Ann', 5, 'b'],
          ['Ann', 9, 'c'],
          ['Bob', 12, 'd'],
          ['Ann', 15, 'e'],
        ],
        'PT20S',
      ),
    );
    expect([f.of('Ann').turns, f.of('Bob').turns]).toEqual([2, 1]);
  },
  // 10. share: own seconds over everyone's.
  () => {
    const f = figures(
      md(
        [
          ['Ann', 0, 'a'],
          ['Bob', 15, 'b'],
          ['Cleo', 18, 'c'],
        ],
        'PT20S',
      ),
    );
    expect(f.speakers.map((s) => [s.name, s.talkShare])).toEqual([
      ['Ann', 0.75],
      ['Bob', 0.15],
      ['Cleo', 0.1],
    ]);
  },
];

describe("talk time as the README defines it (packages/parser/README.md, 'Talk time')", () => {
  it('the README has one numbered sentence per check', () => expect(sentences).toHaveLength(checks.length));
  sentences.forEach((sentence, i) => it(sentence, () => checks[i]?.()));
});
