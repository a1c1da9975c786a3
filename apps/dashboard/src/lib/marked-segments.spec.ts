import { describe, expect, it } from 'vitest';
import { markedSegments } from './marked-segments.js';

describe('markedSegments', () => {
  it('markedSegments(text, marks) splits the text into plain and marked runs that join up to it', () => {
    const text = 'We built a feature store, then another feature store.';
    const segs = markedSegments(text, [
      [39, 52],
      [11, 24],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(['feature store', 'feature store']);
  });

  it('markedSegments(text, marks) joins overlapping marks and ignores empty or outside ones', () => {
    const segs = markedSegments('abcdef', [
      [1, 3],
      [2, 4],
      [5, 5],
      [9, 12],
    ]);
    expect(segs).toEqual([
      { text: 'a', hit: false },
      { text: 'bc', hit: true },
      { text: 'd', hit: true },
      { text: 'ef', hit: false },
    ]);
    expect(markedSegments('', [])).toEqual([{ text: '', hit: false }]);
  });
});
