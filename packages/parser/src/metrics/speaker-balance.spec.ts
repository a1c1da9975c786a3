import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_MS, cpuMs } from '../../test/catastrophic.js';
import { parse } from '../index.js';
import { speakerBalance } from './speaker-balance.js';

describe('speakerBalance', () => {
  it('speakerBalance(episode) keeps its windows few on an absurd duration (fuzz regression: out of memory)', () => {
    const { episode } = parse(
      '---\nduration: P99999999D\ntranscript:\n- line: hello\n  who: Ann\n  sec: 0\n- line: hi\n  who: Bob\n  sec: 5\n---\n',
      { format: 'markdown-yaml' },
    );
    const t0 = cpuMs();
    const balance = speakerBalance(episode);
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
    expect(balance.windows.length).toBeLessThanOrEqual(20_001);
    expect(balance.stepSeconds).toBeGreaterThan(30);
    expect(balance.windowSeconds).toBeGreaterThanOrEqual(balance.stepSeconds);
    expect(balance.speakers.reduce((s, f) => s + f.talkShare, 0)).toBeCloseTo(1, 12);
  });

  it('speakerBalance(episode) keeps the asked step on a normal episode', () => {
    const { episode } = parse('[00:00:00] Ann: hello\n[00:10:00] Bob: hi\n[00:20:00] Ann: bye', { format: 'plain' });
    const balance = speakerBalance(episode, { windowSeconds: 60, stepSeconds: 10 });
    expect([balance.windowSeconds, balance.stepSeconds]).toEqual([60, 10]);
    expect(balance.windows[0]).toMatchObject({ start: 0, end: 60, dominant: 'ann' });
  });

  it('speakerBalance(episode) gives a finite pace for a talk time of a denormal second (fuzz regression: Infinity)', () => {
    const { episode } = parse('[00:00:00] Ann: hello there\n[00:00:05] Bob: hi\n[00:00:09] Ann: bye', {
      format: 'plain',
    });
    episode.turns[1]!.seconds = 1e-320;
    const bob = speakerBalance(episode).speakers.find((s) => s.id === 'bob')!;
    expect(bob.wordsPerMinute).toBe(0);
  });
});
