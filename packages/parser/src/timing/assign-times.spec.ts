import { describe, expect, it } from 'vitest';
import { assignTimes } from './assign-times.js';

describe('assignTimes', () => {
  it('assignTimes(lines) makes a block last until the next later start', () => {
    const r = assignTimes(
      [
        { speaker: 'a', start: 0, words: 10 },
        { speaker: 'b', start: 30, words: 10 },
        { speaker: 'a', start: 45, words: 10 },
      ],
      { durationSeconds: 60 },
    );
    expect(r.lines.map((l) => l.seconds)).toEqual([30, 15, 15]);
    expect(r.timing).toBe('measured');
  });

  it('assignTimes(lines) splits a shared start by words', () => {
    const r = assignTimes(
      [
        { speaker: 'a', start: 0, words: 30 },
        { speaker: 'b', start: 0, words: 10 },
        { speaker: 'a', start: 40, words: 5 },
      ],
      { durationSeconds: 50 },
    );
    expect(r.lines.map((l) => l.seconds)).toEqual([30, 10, 10]);
    expect(r.lines[1]!.start).toBe(30);
  });

  it('assignTimes(lines) keeps lines without a start in the block before them', () => {
    const r = assignTimes(
      [
        { speaker: 'a', start: 10, words: 10 },
        { speaker: 'a', words: 30 },
        { speaker: 'b', start: 50, words: 1 },
      ],
      { durationSeconds: 60 },
    );
    expect(r.lines.map((l) => l.seconds)).toEqual([10, 30, 10]);
    expect(r.lines.map((l) => l.blockStart)).toEqual([10, 10, 50]);
  });

  it('assignTimes(lines) takes an out-of-order start as the later one before it', () => {
    const r = assignTimes(
      [
        { speaker: 'a', start: 100, words: 10 },
        { speaker: 'b', start: 50, words: 10 },
        { speaker: 'a', start: 120, words: 10 },
      ],
      { durationSeconds: 130 },
    );
    expect(r.outOfOrder).toEqual([1]);
    expect(r.lines.map((l) => l.seconds)).toEqual([10, 10, 10]);
  });

  it('assignTimes(lines) ends the last block at the duration, or shortly after its start', () => {
    expect(
      assignTimes(
        [
          { speaker: 'a', start: 0, words: 1 },
          { speaker: 'b', start: 10, words: 100 },
        ],
        { durationSeconds: 70 },
      ).lines[1]!.seconds,
    ).toBe(60);
    expect(
      assignTimes([
        { speaker: 'a', start: 0, words: 1 },
        { speaker: 'b', start: 10, words: 100 },
      ]).lines[1]!.seconds,
    ).toBe(5);
    expect(
      assignTimes([
        { speaker: 'a', start: 0, words: 1 },
        { speaker: 'b', start: 10, end: 14, words: 100 },
      ]).lines[1]!.seconds,
    ).toBe(4);
  });

  it("assignTimes(lines) counts only the units where the source gives start and end: gaps are nobody's, a speaker's overlaps once", () => {
    const r = assignTimes(
      [
        { speaker: 'a', start: 0, end: 2, words: 4 },
        { speaker: 'b', start: 5, end: 9, words: 8 },
        // b's own next unit overlapping the one before (a tool repeating a segment): clamped at its start.
        { speaker: 'b', start: 8, end: 12, words: 8 },
        { speaker: 'a', start: 20, end: 21, words: 2 },
      ],
      { durationSeconds: 60 },
    );
    expect(r.lines.map((l) => l.seconds)).toEqual([2, 3, 4, 1]);
  });

  it('assignTimes(lines) cuts blocks that share a start at the next start, so no line starts after it (fuzz: turns went backwards)', () => {
    const r = assignTimes([
      { speaker: 'a', start: 1, end: 2, words: 1 },
      { speaker: 'b', start: 1, end: 3, words: 0 },
      { speaker: 'c', start: 2, words: 1 },
    ]);
    expect(r.lines.every((l) => l.start <= 2)).toBe(true);
  });

  it("assignTimes(lines) keeps a unit's own end where another speaker talks over it: both talk (a real Teams file: 0.32 s for 0.56 s)", () => {
    const r = assignTimes([
      { speaker: 'a', start: 83.605, end: 84.165, words: 1 },
      { speaker: 'b', start: 83.925, end: 86.685, words: 4 },
      { speaker: 'a', start: 87.245, end: 87.645, words: 1 },
    ]);
    expect(r.lines.map((l) => Math.round(l.seconds * 1000) / 1000)).toEqual([0.56, 2.76, 0.4]);
  });

  it('assignTimes(lines) times cues out of order by their own start and end where the source gives ends (an older Teams export gave 53% for 44%)', () => {
    const r = assignTimes([
      { speaker: 'a', start: 0, end: 4, words: 4 },
      { speaker: 'b', start: 10, end: 12, words: 2 },
      // Written late: it starts before the cue above.
      { speaker: 'a', start: 5, end: 9, words: 4 },
      { speaker: 'b', start: 13, end: 14, words: 1 },
    ]);
    expect(r.lines.map((l) => l.seconds)).toEqual([4, 2, 4, 1]);
    expect(r.lines[2]).toMatchObject({ start: 5, end: 9 });
    expect(r).toMatchObject({ outOfOrder: [2], reordered: true });
    // Without ends, the source's order wins: the late line takes the start before it.
    const starts = assignTimes(
      [
        { speaker: 'a', start: 0, words: 1 },
        { speaker: 'b', start: 10, words: 1 },
        { speaker: 'a', start: 5, words: 1 },
      ],
      { durationSeconds: 20 },
    );
    expect(starts).toMatchObject({ outOfOrder: [2] });
    expect(starts.reordered).toBeUndefined();
  });

  it('assignTimes(lines) estimates from words at 150 a minute where no line has a time', () => {
    const r = assignTimes([
      { speaker: 'a', words: 150 },
      { speaker: 'b', words: 75 },
    ]);
    expect(r.timing).toBe('estimated');
    expect(r.lines.map((l) => [l.start, l.end])).toEqual([
      [0, 60],
      [60, 90],
    ]);
  });

  it('assignTimes(lines) stays finite on a start near Number.MAX_VALUE (fuzz regression: Infinity)', () => {
    const r = assignTimes([
      { speaker: 'a', start: 0, words: 3 },
      { speaker: 'a', words: 5 },
      { speaker: 'b', start: 1.7976931348623127e308, words: 4 },
    ]);
    for (const l of r.lines) for (const v of [l.start, l.end, l.seconds]) expect(Number.isFinite(v)).toBe(true);
    expect(r.lines[0]!.seconds + r.lines[1]!.seconds).toBe(1.7976931348623127e308);
  });
});

describe('assignTimes rounding', () => {
  it('assignTimes(lines) never lets a line start after the next group, however the shares round', () => {
    const lines = [
      { speaker: 'a', start: 7604, words: 3 },
      { speaker: 'b', start: 7604, words: 7 },
      { speaker: 'a', start: 7604, words: 11 },
      { speaker: 'b', start: 7604.000000000001, words: 1 },
    ];
    const r = assignTimes(lines, { durationSeconds: 7700 });
    for (let i = 1; i < r.lines.length; i++) expect(r.lines[i]!.start).toBeGreaterThanOrEqual(r.lines[i - 1]!.start);
    for (const l of r.lines) expect(l.end).toBeGreaterThanOrEqual(l.start);
  });
});
