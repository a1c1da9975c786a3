import { describe, expect, it } from 'vitest';
import { parseWebVTTCues } from './parse-webvtt-cues.js';

const pick = (input: string) =>
  parseWebVTTCues(input).cues.map(({ id, startTime, endTime, text, settings }) => ({
    id,
    startTime,
    endTime,
    text,
    settings,
  }));

describe('parseWebVTTCues', () => {
  it('parseWebVTTCues(file) reads ids, times, settings and multi-line text', () => {
    const result = parseWebVTTCues(
      'WEBVTT - a header\nKind: captions\n\n1\n00:01.500 --> 00:00:04.250 align:start line:0\nHello\n<v Ann>world\n\n01:02:03.004 --> 01:02:05.000\nBye\n',
    );
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.cues.map((c) => [c.id, c.startTime, c.endTime, c.text])).toEqual([
      ['1', 1.5, 4.25, 'Hello\n<v Ann>world'],
      ['', 3723.004, 3725, 'Bye'],
    ]);
  });

  it('parseWebVTTCues(file) keeps cue settings as written, without the whitespace around them', () => {
    expect(pick('WEBVTT\n\n00:01.500 --> 00:04.250 \t align:start  line:0 \nHello\n')).toEqual([
      { id: '', startTime: 1.5, endTime: 4.25, text: 'Hello', settings: 'align:start  line:0' },
    ]);
  });

  it('parseWebVTTCues(file) keeps the spaces around an id', () => {
    expect(pick('WEBVTT\n\n  spaced \n00:00.000 --> 00:01.000\nx\n')[0]?.id).toBe('  spaced ');
  });

  it('parseWebVTTCues(file) starts a new cue at any line containing -->', () => {
    const cues = pick(
      'WEBVTT\n\n00:00.000 --> 00:01.000\none\nnot-->an id\n00:02.000 --> 00:03.000\ntwo\n00:04.000 --> 00:05.000\nthree\n',
    );
    expect(cues.map((c) => c.text)).toEqual(['one', 'two', 'three']);
    expect(cues.map((c) => c.id)).toEqual(['', '', '']);
  });

  it('parseWebVTTCues(file) reads CR, LF, CRLF and LF CR as line breaks', () => {
    const cues = pick(
      'WEBVTT\r\rcr\r00:00.000 --> 00:01.000\rtext1\r\n\r\ncrlf\r\n00:00.000 --> 00:01.000\r\ntext2\n\rlfcr\n00:00.000 --> 00:01.000\nline1\r\nline2\r',
    );
    expect(cues.map((c) => [c.id, c.text])).toEqual([
      ['cr', 'text1'],
      ['crlf', 'text2'],
      ['lfcr', 'line1\nline2'],
    ]);
  });

  it('parseWebVTTCues(file) turns NUL into U+FFFD and drops a cue with a NUL in its timings', () => {
    const result = parseWebVTTCues(
      'WEBVTT\n\n\0id\n00:00.000 --> 00:01.000\na\0b\n\n00:00.000 --> 00:0\u00001.000\ndropped\n',
    );
    expect(result.cues.map((c) => [c.id, c.text])).toEqual([['\uFFFDid', 'a\uFFFDb']]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toContain('bad end timestamp');
  });

  it('parseWebVTTCues(file) applies the timestamp digit rules', () => {
    const cues = pick(
      [
        'WEBVTT',
        '',
        '000:00:00.000 --> 00:00:01.000\nhours may have 3 digits',
        '00:60.000 --> 00:01.000\nseconds < 60',
        '60:00.000 --> 61:00.000\nminutes >= 60 need hours',
        '00:00.00 --> 00:01.000\nthree fraction digits',
        '0:00:00.000 --> 0:00:02.000\none hour digit',
        '00:00.000\t\f-->\t00:01.000\t\ntab and form feed',
        '00:00.000\v-->\v00:01.000\nvertical tab',
        '',
      ].join('\n\n'),
    );
    expect(cues.map((c) => [c.startTime, c.endTime, c.text])).toEqual([
      [0, 1, 'hours may have 3 digits'],
      [0, 2, 'one hour digit'],
      [0, 1, 'tab and form feed'],
    ]);
  });

  it('parseWebVTTCues(file) keeps a cue whose end is before its start', () => {
    expect(pick('WEBVTT\n\n00:02.000 --> 00:01.000\nback\n').map((c) => [c.startTime, c.endTime])).toEqual([[2, 1]]);
  });

  it('parseWebVTTCues(file) skips NOTE, STYLE and REGION blocks without problems', () => {
    const result = parseWebVTTCues(
      'WEBVTT\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:r1\n\nNOTE a comment\nover two lines\n\n00:00.000 --> 00:01.000 region:r1\ntext\n\nNOTE\nlast\n',
    );
    expect(result.cues.map((c) => [c.text, c.settings])).toEqual([['text', 'region:r1']]);
    expect(result.problems).toEqual([]);
  });

  it('parseWebVTTCues(file) reports blocks without timings and bad timings, positioned', () => {
    const result = parseWebVTTCues(
      'WEBVTT\n\nstray\ntext\n\n00:00 --> 00:01.000\nlost\n\n00:02.000 --> 00:03.000\nkept',
    );
    expect(result.cues.map((c) => c.text)).toEqual(['kept']);
    expect(result.problems.map((p) => [p.message, p.position.start.line, p.position.end.column])).toEqual([
      ["WebVTT: block without a cue timing line ignored ('stray')", 3, 6],
      ["WebVTT: cue dropped, bad start timestamp in '00:00 --> 00:01.000'", 6, 20],
    ]);
  });

  it('parseWebVTTCues(file) gives positions in the input as given', () => {
    const input = '\uFEFFWEBVTT\r\n\r\nid\r\n00:00.000 --> 00:01.000\r\nline1\r\nline2\r\n';
    const [cue] = parseWebVTTCues(input).cues;
    expect(cue?.position).toEqual({
      start: { line: 3, column: 1, offset: input.indexOf('id') },
      end: { line: 6, column: 6, offset: input.indexOf('line2') + 5 },
    });
    expect(cue?.textPosition?.start).toEqual({ line: 5, column: 1, offset: input.indexOf('line1') });
    expect(input.slice(cue?.position.start.offset, cue?.position.end.offset)).toBe(
      'id\r\n00:00.000 --> 00:01.000\r\nline1\r\nline2',
    );
  });

  it('parseWebVTTCues(file) spans a cue without text and without id over its timing line', () => {
    const input = 'WEBVTT\n\n00:00.000 --> 00:01.000\n';
    const [cue] = parseWebVTTCues(input).cues;
    expect(cue?.text).toBe('');
    expect(cue?.textPosition).toBeUndefined();
    expect(input.slice(cue?.position.start.offset, cue?.position.end.offset)).toBe('00:00.000 --> 00:01.000');
  });

  it('parseWebVTTCues(file) tolerates a BOM and extra blank lines', () => {
    expect(
      pick('\uFEFFWEBVTT\n\n\n\n00:00.000 --> 00:01.000\na\n\n\n\n\n00:01.000 --> 00:02.000\nb\n\n\n').map(
        (c) => c.text,
      ),
    ).toEqual(['a', 'b']);
  });

  it('parseWebVTTCues(file) reads a header line that runs into the first cue as header', () => {
    expect(pick('WEBVTT\nheader\n00:00.000 --> 00:01.000\ntext\n').map((c) => [c.id, c.text])).toEqual([['', 'text']]);
  });

  it('parseWebVTTCues("WEBVTT") gives no cues and no problems', () => {
    expect(parseWebVTTCues('WEBVTT')).toEqual({ ok: true, cues: [], problems: [] });
    expect(parseWebVTTCues('WEBVTT\tkind\n')).toEqual({ ok: true, cues: [], problems: [] });
  });

  it.each(['', 'WEBVT', 'WEBVTTX\n', 'webvtt\n', ' WEBVTT\n', '\n00:00.000 --> 00:01.000\nx', 'WEBVTT\v\n'])(
    'parseWebVTTCues(%j) fails on the signature',
    (input) => {
      const result = parseWebVTTCues(input);
      expect(result.ok).toBe(false);
      expect(result.cues).toEqual([]);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]?.message).toMatch(/signature 'WEBVTT'/);
      expect(result.problems[0]?.position.start).toEqual({ line: 1, column: 1, offset: 0 });
    },
  );

  it('parseWebVTTCues(file) results survive JSON round trips', () => {
    const result = parseWebVTTCues('WEBVTT\n\nx\n00:00.000 --> 00:01.000\ny\n\nbad\n');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('parseWebVTTCues(value) throws for a non-string', () => {
    expect(() => parseWebVTTCues(undefined as unknown as string)).toThrow(
      /parseWebVTTCues: expected a string, got undefined/,
    );
  });
});
