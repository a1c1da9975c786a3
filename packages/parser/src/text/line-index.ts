import type { Point, Position } from '../model.js';

export interface LineIndex {
  point(offset: number): Point;
  position(start: number, end: number): Position;
}

/** Maps offsets in `text` to 1-based lines and columns; CRLF, CR and LF all end a line. */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  if (!text.includes('\r')) {
    // LF only, the usual case: the native search is many times faster than a loop over every character.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
  }
  const point = (offset: number): Point => {
    const o = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo]! + 1, offset: o };
  };
  return { point, position: (start, end) => ({ start: point(start), end: point(end) }) };
}
