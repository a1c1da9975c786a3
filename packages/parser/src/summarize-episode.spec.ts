import { describe, expect, it } from 'vitest';
import { parse, speakerBalance } from './index.js';
import { summarizeEpisode } from './summarize-episode.js';

describe('summarizeEpisode', () => {
  it('summarizeEpisode(result) keeps a huge time finite (fuzz regression: rounding overflowed to Infinity)', () => {
    const result = parse('{"version":"1.0.0","segments":[{"startTime":1.797693134862316e+306,"body":"!"}]}');
    const summary = summarizeEpisode(result, { source: 'x.json' });
    expect(summary.durationSeconds).toBe(result.episode.durationSeconds);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('summarizeEpisode(result) rounds seconds to hundredths', () => {
    const summary = summarizeEpisode(parse('[00:00:00] Ann: one two three\n[00:00:10] Bob: hi\n[00:00:20] Ann: bye'), {
      source: 'x.txt',
    });
    expect(summary.speakers.find((s) => s.name === 'Ann')!.talkSeconds).toBe(10.4);
    expect(summary.durationSeconds).toBe(20.4);
  });

  it('summarizeEpisode(result, { balance }) reads the speaker figures from the balance given, as computed without it', () => {
    const result = parse('[00:00:00] Ann: one two three?\n[00:00:10] Bob: hi\n[00:00:20] Ann: bye');
    const balance = speakerBalance(result.episode);
    expect(summarizeEpisode(result, { source: 'x.txt', balance })).toEqual(
      summarizeEpisode(result, { source: 'x.txt' }),
    );
    const shifted = {
      ...balance,
      hostShare: 0.123456,
      speakers: balance.speakers.map((s) => ({ ...s, words: s.words + 100 })),
    };
    const summary = summarizeEpisode(result, { source: 'x.txt', balance: shifted });
    expect(summary.hostShare).toBe(0.1235);
    expect(summary.speakers.map((s) => s.words)).toEqual(balance.speakers.map((s) => s.words + 100));
  });

  it('summarizeEpisode(result) carries generic labels and name suggestions', () => {
    const summary = summarizeEpisode(parse("Speaker 1: Hi, I'm Dana Ruiz.\nSpeaker 2: Hello.\nSpeaker 1: Bye."), {
      source: 'x.txt',
    });
    expect(summary.speakers.map((s) => s.generic)).toEqual([true, true]);
    expect(summary.diagnostics.find((d) => d.suggestion)?.suggestion).toEqual({
      speaker: 'Speaker 1',
      name: 'Dana Ruiz',
    });
  });
});
