import { describe, expect, it } from 'vitest';
import { plotArea } from './plot-area.js';

describe('plotArea', () => {
  it('plotArea(width, height, margin) is the box inside the margins', () => {
    expect(plotArea(800, 200, { top: 8, right: 16, bottom: 26, left: 120 })).toEqual({
      left: 120,
      right: 784,
      top: 8,
      bottom: 174,
      width: 664,
      height: 166,
    });
  });
  it('plotArea(width, height, margin) never has a negative size when the margins are wider than the chart', () => {
    const area = plotArea(100, 20, { top: 16, right: 16, bottom: 24, left: 120 });
    expect(area.width).toBe(0);
    expect(area.height).toBe(0);
    expect(area.right).toBe(area.left);
  });
});
