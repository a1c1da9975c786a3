import { describe, expect, it } from 'vitest';
import { rovingFocus } from './roving-focus.js';

describe('rovingFocus', () => {
  it('rovingFocus(arrow, i, { count }) steps along one row and stops at its ends', () => {
    expect(rovingFocus('ArrowRight', 0, { count: 3 })).toBe(1);
    expect(rovingFocus('ArrowRight', 2, { count: 3 })).toBe(2);
    expect(rovingFocus('ArrowLeft', 0, { count: 3 })).toBe(0);
    expect(rovingFocus('ArrowLeft', 2, { count: 3 })).toBe(1);
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
