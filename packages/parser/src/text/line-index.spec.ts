import { describe, expect, it } from 'vitest';
import { createLineIndex } from './line-index.js';

describe('createLineIndex', () => {
  it('createLineIndex(text).point(offset) gives 1-based lines and columns for LF, CRLF and CR endings alike', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['ab', '', 'cde'].join(eol);
      const index = createLineIndex(text);
      expect(index.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
      const c = text.indexOf('c');
      expect(index.point(c)).toEqual({ line: 3, column: 1, offset: c });
      expect(index.point(text.length).line).toBe(3);
    }
  });

  it('createLineIndex(text).point(offset) clamps offsets outside the text', () => {
    const index = createLineIndex('a\nb');
    expect(index.point(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.point(99)).toEqual({ line: 2, column: 2, offset: 3 });
  });
});
