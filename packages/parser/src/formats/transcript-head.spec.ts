import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_MS, cpuMs } from '../../test/catastrophic.js';
import { matchHead, matchStamped, stampSeconds } from './transcript-head.js';

describe('transcript heads', () => {
  it('matchHead(line) reads the layouts of Markdown and text transcripts', () => {
    expect(matchHead('**Maria Lopez:** Welcome back.')).toEqual({
      label: 'Maria Lopez',
      text: 'Welcome back.',
      rich: true,
    });
    expect(matchHead('**Maria Lopez** [00:01:02] Welcome back.')).toEqual({
      label: 'Maria Lopez',
      stamp: 62,
      text: 'Welcome back.',
      rich: true,
    });
    expect(matchHead('**[00:01] SPEAKER_00:** Hello.')).toEqual({
      label: 'SPEAKER_00',
      stamp: 1,
      text: 'Hello.',
      rich: true,
    });
    expect(matchHead('[00:01] **Sam:** Hi.')).toEqual({ label: 'Sam', stamp: 1, text: 'Hi.', rich: true });
    expect(matchHead('Sam (1:05): Hi.')).toEqual({ label: 'Sam', stamp: 65, text: 'Hi.', rich: true });
    expect(matchHead('[Speaker 1 00:05] Hi.')).toEqual({ label: 'Speaker 1', stamp: 5, text: 'Hi.', rich: true });
    expect(matchHead('Speaker 2 (00:00:05):')).toEqual({ label: 'Speaker 2', stamp: 5, text: '', rich: true });
    expect(matchHead('### Maria Lopez')).toEqual({ label: 'Maria Lopez', text: '', rich: true });
    expect(matchHead('SPEAKER_01')).toEqual({ label: 'SPEAKER_01', text: '', rich: false });
    expect(matchHead('Sam: plain')).toEqual({ label: 'Sam', text: 'plain', rich: false });
  });

  it("matchHead(line) takes a bracketed stamp right after the colon as the line's time", () => {
    expect(matchHead('**Ann Lee:** [01:46] Where do I begin')).toEqual({
      label: 'Ann Lee',
      stamp: 106,
      text: 'Where do I begin',
      rich: true,
    });
    expect(matchHead('Ann: (1:02:03) so')).toMatchObject({ label: 'Ann', stamp: 3723, text: 'so' });
    expect(matchHead('Ann: [laughs] so')).toMatchObject({ label: 'Ann', text: '[laughs] so' });
  });

  it('matchHead(line) refuses sentences, times and stage directions', () => {
    for (const l of [
      'Here is the thing: it works',
      'At 10:30 we met',
      '[laughs] yes',
      'Maria Lopez',
      'https://x.org',
      '12:00 Lunch',
    ])
      expect(matchHead(l), l).toBeUndefined();
  });

  it('matchStamped(line) and stampSeconds(stamp) read `[12.3s] text`', () => {
    expect(matchStamped('[12.3s] so we begin')).toEqual({ stamp: 12.3, text: 'so we begin' });
    expect(matchStamped('(01:02) next')).toEqual({ stamp: 62, text: 'next' });
    expect(matchStamped('no stamp')).toBeUndefined();
    expect(stampSeconds('1:00:00')).toBe(3600);
  });

  it('matchHead(line) takes linear time on long runs (fuzz guard)', () => {
    const t0 = cpuMs();
    for (const c of [' ', '*', '[', '0', 'a ', ':', '(1', '[a 1']) matchHead(c.repeat(100_000));
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
  });

  it('matchHead(`[` and 300,000 tabs) answers (fuzz regression: the bracket pattern ran for minutes)', () => {
    const t0 = cpuMs();
    for (const blank of ['\t', ' ']) expect(matchHead(`[${blank.repeat(300_000)}x: 00:01] hi`)).toBeUndefined();
    expect(matchHead(`[Speaker 1 00:05]${' '.repeat(300_000)}hi`)).toMatchObject({
      label: 'Speaker 1',
      stamp: 5,
      text: 'hi',
    });
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
  });
});

describe('transcript heads with ranges', () => {
  it('matchHead(line) reads stamp ranges, colon milliseconds and `**Name** text`', () => {
    expect(matchHead('[00:00:54:909 - 00:00:55:729] **Speaker 0:** Try and get into.')).toEqual({
      label: 'Speaker 0',
      stamp: 54.909,
      end: 55.729,
      text: 'Try and get into.',
      rich: true,
    });
    expect(matchHead('[00:00:03 → 00:00:14] SPEAKER_00:')).toEqual({
      label: 'SPEAKER_00',
      stamp: 3,
      end: 14,
      text: '',
      rich: true,
    });
    expect(matchHead('**spk_0** So we begin.')).toEqual({ label: 'spk_0', text: 'So we begin.', rich: true });
    // A stage direction after the name is text; a stamp after it is the stamp.
    expect(matchHead('0:02:06.3 **Safia Abdalla** (laughs) The company')).toEqual({
      label: 'Safia Abdalla',
      stamp: 126.3,
      text: '(laughs) The company',
      rich: true,
    });
    expect(matchHead('**Sam** (0:05) Hi.')).toEqual({ label: 'Sam', stamp: 5, text: 'Hi.', rich: true });
    expect(matchStamped('12.3–15.6<br>')).toEqual({ stamp: 12.3, end: 15.6, text: '' });
  });
});
