import { describe, expect, it } from 'vitest';
import { parse as parseCore } from '../core/index.js';
import { parse } from '../parse.js';
import { markdownTranscript } from './markdown-transcript.js';

const turns = (text: string) => parse(text).episode.turns.map((t) => [t.speakerId, t.start, t.text]);

// Each layout written for this test after what note apps, diarizers and transcription services export.
describe('markdown-transcript reader', () => {
  it('reads `**Name:** text`', () => {
    const text =
      '# Episode 12\n\n**Maria Lopez:** Welcome back.\n\n**Sam Okafor:** Thanks, Maria.\n\n**Maria Lopez:** Let us start.\n';
    expect(parse(text).episode.format).toBe('markdown-transcript');
    expect(turns(text).map((t) => t[0])).toEqual(['maria-lopez', 'sam-okafor', 'maria-lopez']);
  });

  it('reads escaped stamps after the label (`**Name:** \\[01:46\\] text`), and a `**Break**: \\[19:32\\]` marker as no speaker whose stamp times the next line', () => {
    const text =
      '**Maria Lopez:** \\[01:46\\] Welcome back. \\[laughter\\]\n\n**Sam Okafor:** Thanks, Maria.\n\n**Break**: \\[19:32\\]\n\n**Maria Lopez:** And we are back.\n\n**Sam Okafor:** Yes.\n';
    const { episode } = parse(text);
    expect(episode.format).toBe('markdown-transcript');
    expect(episode.speakers.map((s) => s.name)).toEqual(['Maria Lopez', 'Sam Okafor']);
    expect(turns(text).map((t) => t[1])).toEqual([106, expect.any(Number), 1172, expect.any(Number)]);
    expect(episode.turns[0]!.stageDirections.map((d) => d.text)).toEqual(['laughter']);
  });

  it('reads `**Name** [hh:mm:ss] text` and `**[00:01] SPEAKER_00:** text`', () => {
    expect(turns('**Maria** [00:00:05] Hello.\n**Sam** [00:00:09] Hi.\n**Maria** [00:00:12] Good.\n')).toEqual([
      ['maria', 5, 'Hello.'],
      ['sam', 9, 'Hi.'],
      ['maria', 12, 'Good.'],
    ]);
    expect(
      turns('**[00:01] SPEAKER_00:** Hello.\n**[00:04] SPEAKER_01:** Hi.\n**[00:07] SPEAKER_00:** Bye.\n').map((t) =>
        t.slice(0, 2),
      ),
    ).toEqual([
      ['speaker-00', 1],
      ['speaker-01', 4],
      ['speaker-00', 7],
    ]);
  });

  it('reads `[Speaker N MM:SS]` and a stamp after the name', () => {
    expect(
      turns('[Speaker 1 00:05] Hello.\n[Speaker 2 00:09] Hi.\n[Speaker 1 01:10] Bye.\n').map((t) => t.slice(0, 2)),
    ).toEqual([
      ['speaker-1', 5],
      ['speaker-2', 9],
      ['speaker-1', 70],
    ]);
    expect(
      turns('Speaker 1 (00:00:05):\nHello there.\n\nSpeaker 2 (00:00:09):\nHi.\n\nSpeaker 1 (00:00:12):\nBye.\n'),
    ).toEqual([
      ['speaker-1', 5, 'Hello there.'],
      ['speaker-2', 9, 'Hi.'],
      ['speaker-1', 12, 'Bye.'],
    ]);
  });

  it('reads a speaker header followed by `[12.3s] text` lines', () => {
    const text =
      '## Maria Lopez\n[0.0s] Welcome.\n[3.5s] Today we talk maps.\n\n## Sam Okafor\n[7.2s] Thanks.\n\n## Maria Lopez\n[9.0s] Right.\n';
    const r = parse(text);
    expect(r.episode.format).toBe('markdown-transcript');
    expect(r.episode.turns.map((t) => [t.speakerId, t.paragraphs.map((p) => p.sourceStart)])).toEqual([
      ['maria-lopez', [0, 3.5]],
      ['sam-okafor', [7.2]],
      ['maria-lopez', [9]],
    ]);
  });

  it('reads a heading between bold-labelled turns as a chapter, not as a speaker header', () => {
    const text =
      '# Ep 3\n\n**Tom:** [00:00:04] Welcome.\n\n**Ann:** [00:00:11] Thanks.\n\n## Invalidation\n\n**Tom:** [00:01:02] And the hard part?\n\n**Ann:** [00:01:10] Naming.\n';
    const r = parse(text);
    expect(r.episode.chapters.map((c) => [c.title, c.start])).toEqual([
      ['Ep 3', 4],
      ['Invalidation', 62],
    ]);
    expect(r.episode.turns.map((t) => t.speakerId)).toEqual(['tom', 'ann', 'tom', 'ann']);
  });

  it('detect(text) leaves plain `[hh:mm:ss] Name: text` to the plain reader', () => {
    expect(markdownTranscript.detect('[00:00:01] Ann: Hi.\n[00:00:05] Bob: Hello.\n[00:00:09] Ann: Bye.\n').score).toBe(
      0,
    );
    expect(parse('[00:00:01] Ann: Hi.\n[00:00:05] Bob: Hello.\n[00:00:09] Ann: Bye.\n').episode.format).toBe('plain');
  });

  it('parse(plain) reads diarizer labels `SPEAKER_00:`, `spk_0:`, `A:`', () => {
    for (const [a, b] of [
      ['SPEAKER_00', 'SPEAKER_01'],
      ['spk_0', 'spk_1'],
      ['A', 'B'],
    ]) {
      const r = parse(`${a}: Hello there.\n${b}: Hi.\n${a}: Bye now.\n`);
      expect(r.episode.speakers.map((s) => s.name)).toEqual([a, b]);
    }
  });
});

describe('markdown-transcript reader: ranges', () => {
  it('reads `[start - end] **Speaker N:** text` with its end times', () => {
    const r = parse(
      '[00:00:01:000 - 00:00:03:500] **Speaker 0:** Hello all.\n[00:00:04:000 - 00:00:05:000] **Speaker 1:** Hi.\n[00:00:06:000 - 00:00:09:000] **Speaker 0:** Let us go.\n',
    );
    expect(r.episode.turns.map((t) => [t.speakerId, t.start, t.end])).toEqual([
      ['speaker-0', 1, 3.5],
      ['speaker-1', 4, 5],
      ['speaker-0', 6, 9],
    ]);
  });

  it('reads a stamp line, then `**Name** text` (seconds with a range)', () => {
    const r = parse(
      '0.5–4.2<br>\n**spk_0** Welcome to the show.\n\n4.9–7.0<br>\n**spk_1** Thanks.\n\n7.5–9.0<br>\n**spk_0** Right.\n',
    );
    expect(r.episode.turns.map((t) => [t.speakerId, t.start, t.end])).toEqual([
      ['spk-0', 0.5, 4.2],
      ['spk-1', 4.9, 7],
      ['spk-0', 7.5, 9],
    ]);
  });

  it('reads `[start → end] SPEAKER_00:` headers with the text indented below', () => {
    const r = parse(
      '[00:00:03 → 00:00:14] SPEAKER_00:\n    Good morning, thanks for coming.\n\n[00:00:14 → 00:00:22] SPEAKER_01:\n    Morning. A quick question first?\n\n[00:00:22 → 00:00:30] SPEAKER_00:\n    Sure.\n',
    );
    expect(r.episode.turns.map((t) => [t.speakerId, t.start, t.end, t.words])).toEqual([
      ['speaker-00', 3, 14, 5],
      ['speaker-01', 14, 22, 5],
      ['speaker-00', 22, 30, 1],
    ]);
  });
});

describe('markdown-transcript reader: preamble', () => {
  it('leaves a preamble line like `Date: July 31` out of the speakers', () => {
    const r = parse(
      '# Lecture 12\n\nDate: July 31, 2026\n\n**Speaker 0:** Welcome.\n**Speaker 1:** Thanks.\n**Speaker 0:** Let us go.\n',
    );
    expect(r.episode.speakers.map((s) => s.name)).toEqual(['Speaker 0', 'Speaker 1']);
    expect(r.diagnostics.some((d) => d.origin === 'parser:boilerplate' && d.message.includes('Date: July 31'))).toBe(
      true,
    );
  });
});

describe('markdown-transcript reader: front matter', () => {
  // Bold names in the body and no `transcript:` list: the Markdown+YAML reader does not take the page.
  const page =
    '---\ntitle: Episode 12 - Databases\ndate: 2024-03-01\ntags: [sql, storage]\nauthor:\n  name: Alice\n---\n\n# Episode 12\n\n**Alice:** Welcome to the show.\n\n**Bob:** Thanks for having me.\n\n**Alice:** Let us start.\n';

  for (const [entry, read] of [
    ['@podlens/parser', parse],
    ['@podlens/parser/core', parseCore],
  ] as const)
    it(`takes title, date and tags from YAML front matter, not its lines as boilerplate (${entry})`, () => {
      const { episode, diagnostics } = read(page);
      expect(episode.format).toBe('markdown-transcript');
      expect(episode.meta).toMatchObject({
        title: 'Episode 12 - Databases',
        date: '2024-03-01',
        tags: ['sql', 'storage'],
      });
      expect(diagnostics.filter((d) => d.origin === 'parser:boilerplate')).toEqual([]);
      expect(
        diagnostics
          .filter((d) => d.origin === 'parser:front-matter')
          .map((d) => [d.severity, d.message, d.position?.start.line, d.position?.end.line]),
      ).toEqual([
        [
          'info',
          "front matter: a key not read (those read hold text, numbers, dates or lists of them): 'author'",
          1,
          7,
        ],
      ]);
      // The turns keep their own lines.
      expect(
        episode.turns.map((t) => [
          t.speakerId,
          t.position?.start.line,
          page.slice(t.position!.start.offset, t.position!.end.offset),
        ]),
      ).toEqual([
        ['alice', 11, '**Alice:** Welcome to the show.'],
        ['bob', 13, '**Bob:** Thanks for having me.'],
        ['alice', 15, '**Alice:** Let us start.'],
      ]);
    });

  it('passes over TOML front matter (`+++`) as front matter, not turns or boilerplate', () => {
    const { episode, diagnostics } = parse(
      page.replace(/^---\n[^]*?\n---\n/, '+++\ntitle = "Episode 12"\nAlice = "host"\n+++\n'),
    );
    expect(episode.format).toBe('markdown-transcript');
    expect(episode.speakers.map((s) => s.name)).toEqual(['Alice', 'Bob']);
    expect(diagnostics.map((d) => d.origin)).toContain('parser:front-matter');
    expect(diagnostics.filter((d) => d.origin === 'parser:boilerplate')).toEqual([]);
  });

  it('reads a page between two `---` rules as turns, not front matter', () => {
    const { episode } = parse('---\n**Alice:** Hi.\n\n**Bob:** Hello.\n\n**Alice:** Bye.\n---\n');
    expect(episode.turns.map((t) => t.speakerId)).toEqual(['alice', 'bob', 'alice']);
  });
});
