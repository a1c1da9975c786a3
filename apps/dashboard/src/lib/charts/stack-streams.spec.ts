import { describe, expect, it } from 'vitest';
import { STACK_MODES, stackStreams, type StreamPoint } from './stack-streams.js';

const points: StreamPoint[] = [
  { x: 0, values: { a: 1, b: 3 } },
  { x: 10, values: { a: 2, b: 2 } },
  { x: 20, values: { a: 4, b: -1 } },
];

describe('stackStreams', () => {
  it("stackStreams(points, keys, 'stacked') puts each key on the ones before it, from 0", () => {
    const { series, domain } = stackStreams(points, ['a', 'b'], 'stacked');
    expect(series.map((s) => s.key)).toEqual(['a', 'b']);
    expect(series[1]!.map((p) => [p[0], p[1]])).toEqual([
      [1, 4],
      [2, 4],
      [4, 4],
    ]);
    expect(domain).toEqual([0, 4]);
  });
  it("stackStreams(points, keys, 'expand') makes every point sum to 1", () => {
    const { series, domain } = stackStreams(points, ['a', 'b'], 'expand');
    expect(series.at(-1)!.map((p) => p[1])).toEqual([1, 1, 1]);
    expect(series[0]!.map((p) => p[1])).toEqual([0.25, 0.5, 1]);
    expect(domain).toEqual([0, 1]);
  });
  it("stackStreams(points, keys, 'wiggle') holds every stream inside its domain", () => {
    const { series, domain } = stackStreams(points, ['a', 'b'], 'wiggle');
    for (const s of series)
      for (const p of s) {
        expect(p[0]).toBeGreaterThanOrEqual(domain[0]);
        expect(p[1]).toBeLessThanOrEqual(domain[1]);
      }
  });
  it('stackStreams of no values has a domain of height 1, not 0', () => {
    expect(stackStreams([{ x: 0, values: {} }], ['a'], 'stacked').domain).toEqual([0, 1]);
  });
});

describe('STACK_MODES', () => {
  it('names each mode stackStreams takes once, each stacking without error', () => {
    const modes = STACK_MODES.map(([m]) => m);
    expect(new Set(modes).size).toBe(3);
    for (const m of modes) expect(() => stackStreams([{ x: 0, values: { a: 1 } }], ['a'], m)).not.toThrow();
  });
});
