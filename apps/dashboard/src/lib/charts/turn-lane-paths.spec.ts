import { describe, expect, it } from 'vitest';
import { turnLanePaths } from './turn-lane-paths.js';

const layout = { x: (s: number) => 100 + s * 2, top: (i: number) => 16 + i * 22, rowHeight: 22 };

describe('turnLanePaths', () => {
  it("turnLanePaths(turns, lanes, layout) draws a rectangle per turn in its speaker's lane", () => {
    const lanes = turnLanePaths(
      [
        { speaker: 'Ann', start: 0, end: 10 },
        { speaker: 'Bob', start: 10, end: 12.5 },
        { speaker: 'Ann', start: 12.5, end: 20 },
      ],
      ['Ann', 'Bob'],
      layout,
    );
    expect(lanes.map((l) => [l.name, l.count])).toEqual([
      ['Ann', 2],
      ['Bob', 1],
    ]);
    expect(lanes[0]!.d).toBe('M100.0,19h20.0v16h-20.0zM125.0,19h15.0v16h-15.0z');
    expect(lanes[1]!.d).toBe('M120.0,41h5.0v16h-5.0z');
  });
  it('turnLanePaths gives a turn of no length a mark one unit wide, so it is seen', () => {
    expect(turnLanePaths([{ speaker: 'Ann', start: 5, end: 5 }], ['Ann'], layout)[0]!.d).toBe('M110.0,19h1.0v16h-1.0z');
  });
});
