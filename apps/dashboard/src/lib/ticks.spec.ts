import { describe, expect, it } from 'vitest';
import { timeTicks } from './ticks.js';
import { formatPercent, formatTime } from './format.js';
import { colorMap, SPEAKER_PALETTE } from './palette.js';
import { toCsv } from './csv.js';

describe('format', () => {
  it('formatTime(seconds) reads m:ss below an hour and h:mm:ss above', () => {
    expect(formatTime(0)).toBe('0:00');
    expect(formatTime(65)).toBe('1:05');
    expect(formatTime(3725)).toBe('1:02:05');
    expect(formatTime(Number.NaN)).toBe('0:00');
  });
  it('formatPercent(share) prints one decimal', () => {
    expect(formatPercent(0.4321)).toBe('43.2%');
  });
});

describe('timeTicks', () => {
  it('timeTicks(duration) picks a round step', () => {
    expect(timeTicks(3600)).toEqual([0, 600, 1200, 1800, 2400, 3000, 3600]);
    expect(timeTicks(0)).toEqual([0]);
  });
});

describe('colorMap', () => {
  it('colorMap(keys) gives a name the same colour whatever else is in the set', () => {
    const a = colorMap(['Alexey', 'Maria'], SPEAKER_PALETTE);
    const b = colorMap(['Alexey', 'Jon', 'Priya'], SPEAKER_PALETTE);
    expect(a.get('Alexey')).toBe(b.get('Alexey'));
  });
  it('colorMap(keys) never gives two keys one colour while slots are free', () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const m = colorMap(keys, SPEAKER_PALETTE);
    expect(new Set(m.values()).size).toBe(8);
  });
});

describe('toCsv', () => {
  it('toCsv(header, rows) quotes commas and defuses formulas', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', '=1+1'],
          [-3, null],
        ],
      ),
    ).toBe('a,b\n"x,y",\'=1+1\n-3,\n');
  });
});

describe('colorMap with few keys', () => {
  it('colorMap(keys) uses the light colours only when the strong ones run out', () => {
    for (const keys of [
      ['Dana', 'Omar', 'Lena'],
      ['Alexey', 'Alexander'],
      ['a', 'b', 'c', 'd', 'e', 'f'],
    ]) {
      const colours = [...colorMap(keys, SPEAKER_PALETTE).values()];
      expect(colours.some((c) => c === SPEAKER_PALETTE[6] || c === SPEAKER_PALETTE[7])).toBe(false);
    }
  });
});
