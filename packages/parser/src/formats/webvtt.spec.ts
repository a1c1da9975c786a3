import { describe, expect, it } from 'vitest';
import { parse } from '../parse.js';
import { speakerBalance } from '../metrics/speaker-balance.js';

const words = (text: string) => parse(text).episode.turns.reduce((n, t) => n + t.words, 0);

// Written for this test in the layout of YouTube's auto-captions (`align:start position:0%`, `<c>` word stamps).
const YOUTUBE = `WEBVTT
Kind: captions
Language: en

00:00:00.000 --> 00:00:02.350 align:start position:0%
 
hello<00:00:00.320><c> everyone</c><00:00:00.640><c> and</c><00:00:01.000><c> welcome</c>

00:00:02.350 --> 00:00:02.360 align:start position:0%
hello everyone and welcome
 

00:00:02.360 --> 00:00:05.000 align:start position:0%
hello everyone and welcome
to<00:00:02.600><c> the</c><00:00:03.000><c> show</c>

00:00:05.000 --> 00:00:05.010 align:start position:0%
to the show
 

00:00:05.010 --> 00:00:08.000 align:start position:0%
to the show
today<00:00:05.400><c> we</c><00:00:05.900><c> talk</c><00:00:06.300><c> about</c><00:00:06.800><c> maps</c>

00:00:08.000 --> 00:00:08.010 align:start position:0%
today we talk about maps
 

00:00:08.010 --> 00:00:10.000 align:start position:0%
today we talk about maps
and<00:00:08.500><c> why</c><00:00:09.000><c> they</c><00:00:09.300><c> lie</c>
`;

describe('webvtt reader: variants', () => {
  it('parse(youtube auto-captions) counts each rolled word once, timed by the cue that adds it', () => {
    const r = parse(YOUTUBE);
    expect(words(YOUTUBE)).toBe(16);
    expect(r.episode.turns[0]!.paragraphs.map((p) => [p.text, p.start])).toEqual([
      ['hello everyone and welcome', 0],
      ['to the show', 2.36],
      ['today we talk about maps', 5.01],
      ['and why they lie', 8.01],
    ]);
    expect(r.diagnostics.some((d) => d.origin === 'parser:webvtt-rolling')).toBe(true);
  });

  it("parse(teams vtt) keeps the older `<v objectId@tenant>` labels as distinct speakers (they came out as one 'Speaker')", () => {
    const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    const ids = [
      '3f1d2e6a-1b2c-4d5e-8f90-123456789abc',
      '9a8b7c6d-1b2c-4d5e-8f90-abcdefabcdef',
      '0c0c0c0c-1111-2222-3333-444444444444',
    ];
    const cues = [0, 1, 2, 0, 1].map(
      (k, i) =>
        `${ids[k]}/${i + 10}-0\n00:00:0${i * 2}.000 --> 00:00:0${i * 2 + 1}.500\n<v ${ids[k]}@${tenant}>Line number ${i} of the meeting.</v>`,
    );
    const r = parse(`WEBVTT\n\n${cues.join('\n\n')}\n`);
    expect(r.episode.speakers.map((s) => s.name)).toEqual(['Speaker 3f1d2e6a', 'Speaker 9a8b7c6d', 'Speaker 0c0c0c0c']);
  });

  it('parse(teams vtt) decodes entities in voice names and splits a cue with two voices', () => {
    const r = parse(
      'WEBVTT\n\nab/1-0\n00:00:01.000 --> 00:00:05.000\n<v Carlos Far&#237;as>One two three.</v>\n<v Ann Lee>Four.</v>\n',
    );
    expect(r.episode.speakers.map((s) => s.name)).toEqual(['Carlos Farías', 'Ann Lee']);
    expect(r.episode.turns.map((t) => [t.start, t.end])).toEqual([
      [1, 4],
      [4, 5],
    ]);
  });

  it('parse(descript vtt) leaves a sentence with a colon to its speaker and splits a cue at a second speaker', () => {
    const text = `WEBVTT

1
00:00:00.000 --> 00:00:04.000
Maria Lopez: Welcome back to the show.

2
00:00:04.000 --> 00:00:08.000
Here is the thing: budgets are hard.

3
00:00:08.000 --> 00:00:12.000
So that is our topic.
Sam Okafor: Glad to be here.

4
00:00:12.000 --> 00:00:16.000
Maria Lopez: Let us begin then.

5
00:00:16.000 --> 00:00:20.000
Sam Okafor: Sure, go ahead.
`;
    const r = parse(text);
    expect(r.episode.speakers.map((s) => s.name)).toEqual(['Maria Lopez', 'Sam Okafor']);
    const split = r.episode.turns[1]!;
    expect(split.speakerId).toBe('sam-okafor');
    expect(split.paragraphs[0]!.start).toBeCloseTo(8 + 20 / 9, 5);
    const [maria, sam] = speakerBalance(r.episode).speakers;
    expect(maria!.talkSeconds).toBeCloseTo(12 + 20 / 9, 5);
    expect(sam!.talkSeconds).toBeCloseTo(4 + 16 / 9, 5);
  });
});

describe('srt reader: a speaker change inside a cue', () => {
  it('parse(srt) gives the second line of a cue to the speaker it names', () => {
    const text = `1
00:00:00,000 --> 00:00:04,000
Ann Lee: Hello there, Bob.

2
00:00:04,000 --> 00:00:08,000
Bob Stone: Hi Ann.
Ann Lee: How was the trip?

3
00:00:08,000 --> 00:00:12,000
Bob Stone: Long, but fine.
`;
    const r = parse(text);
    expect(r.episode.turns.map((t) => [t.speakerId, t.text])).toEqual([
      ['ann-lee', 'Hello there, Bob.'],
      ['bob-stone', 'Hi Ann.'],
      ['ann-lee', 'How was the trip?'],
      ['bob-stone', 'Long, but fine.'],
    ]);
    expect(r.episode.turns[2]!.start).toBeCloseTo(4 + (4 * 2) / 6, 5);
  });
});
