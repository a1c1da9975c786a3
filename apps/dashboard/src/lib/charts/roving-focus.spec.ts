import { describe, expect, it } from 'vitest';
import { rovingFocus, rovingKeydown } from './roving-focus.js';

describe('rovingFocus', () => {
  it('rovingFocus(arrow, i, { count }) steps along one row and stops at its ends', () => {
    expect(rovingFocus('ArrowRight', 0, { count: 3 })).toBe(1);
    expect(rovingFocus('ArrowRight', 2, { count: 3 })).toBe(2);
    expect(rovingFocus('ArrowLeft', 0, { count: 3 })).toBe(0);
    expect(rovingFocus('ArrowLeft', 2, { count: 3 })).toBe(1);
  });
  it('rovingFocus(up/down, i, { count }) in a single row steps like left and right', () => {
    expect(rovingFocus('ArrowDown', 0, { count: 3 })).toBe(1);
    expect(rovingFocus('ArrowUp', 2, { count: 3 })).toBe(1);
    expect(rovingFocus('ArrowUp', 0, { count: 3 })).toBe(0);
  });
  it('rovingFocus(Home/End, i, { count }) goes to the first and the last mark of a row', () => {
    expect(rovingFocus('Home', 4, { count: 6 })).toBe(0);
    expect(rovingFocus('End', 1, { count: 6 })).toBe(5);
  });
  it('rovingFocus(up/down, i, { count, columns }) moves a row in a grid and stays on the edge rows', () => {
    const grid = { count: 12, columns: 4 };
    expect(rovingFocus('ArrowDown', 1, grid)).toBe(5);
    expect(rovingFocus('ArrowDown', 9, grid)).toBe(9);
    expect(rovingFocus('ArrowUp', 5, grid)).toBe(1);
    expect(rovingFocus('ArrowUp', 2, grid)).toBe(2);
    expect(rovingFocus('Home', 6, grid)).toBe(4);
    expect(rovingFocus('End', 6, grid)).toBe(7);
    expect(rovingFocus('Home', 6, { ...grid, ctrl: true })).toBe(0);
    expect(rovingFocus('End', 6, { ...grid, ctrl: true })).toBe(11);
  });
  it('rovingFocus(down, i, { count, columns }) on a short last row does not leave the marks', () => {
    expect(rovingFocus('ArrowDown', 3, { count: 5, columns: 4 })).toBe(3);
    expect(rovingFocus('End', 4, { count: 5, columns: 4 })).toBe(4);
  });
  it('rovingFocus(other key, ...) and an empty chart leave the focus alone', () => {
    expect(rovingFocus('a', 1, { count: 3 })).toBeNull();
    expect(rovingFocus('Tab', 1, { count: 3 })).toBeNull();
    expect(rovingFocus('ArrowRight', 0, { count: 0 })).toBeNull();
  });
  it('rovingFocus(key, out-of-range index, ...) starts from the nearest mark', () => {
    expect(rovingFocus('ArrowRight', -1, { count: 3 })).toBe(1);
    expect(rovingFocus('ArrowLeft', 9, { count: 3 })).toBe(1);
  });
});

describe('rovingKeydown', () => {
  const chart = (count: number) => {
    const focused: number[] = [];
    const marks = Array.from({ length: count }, (_, i) => ({ focus: () => focused.push(i) }));
    const event = (key: string, ctrlKey = false) => {
      const e = {
        key,
        ctrlKey,
        metaKey: false,
        defaultPrevented: false,
        currentTarget: { querySelectorAll: () => marks },
        preventDefault: () => (e.defaultPrevented = true),
      };
      return e;
    };
    return { focused, event };
  };
  it('rovingKeydown(event, i) focuses the mark the key moves to and keeps the key from scrolling the page', () => {
    const { focused, event } = chart(6);
    const e = event('ArrowDown');
    expect(rovingKeydown(e as unknown as KeyboardEvent, 1, { columns: 3 })).toBe(4);
    expect(focused).toEqual([4]);
    expect(e.defaultPrevented).toBe(true);
    expect(rovingKeydown(event('End', true) as unknown as KeyboardEvent, 1, { columns: 3 })).toBe(5);
  });
  it('rovingKeydown(event, i) leaves Tab and other keys to the browser', () => {
    const { focused, event } = chart(3);
    const e = event('Tab');
    expect(rovingKeydown(e as unknown as KeyboardEvent, 0)).toBeNull();
    expect(e.defaultPrevented).toBe(false);
    expect(focused).toEqual([]);
  });
});
