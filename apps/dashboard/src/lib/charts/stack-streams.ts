import {
  stack,
  stackOffsetExpand,
  stackOffsetNone,
  stackOffsetWiggle,
  stackOrderInsideOut,
  stackOrderNone,
  type Series,
} from 'd3-shape';

export type StackMode = 'wiggle' | 'stacked' | 'expand';

/** Each stack mode with the name its switch shows, in the switch's order. */
export const STACK_MODES: readonly (readonly [StackMode, string])[] = [
  ['wiggle', 'Streamgraph'],
  ['stacked', 'Stacked'],
  ['expand', '100%'],
];
export interface StreamPoint {
  x: number;
  values: Record<string, number>;
  label?: string;
  id?: string;
}

/**
 * The streams of a streamgraph: d3's stack of `keys` over the points (a missing or negative value counts 0),
 * centred and ordered inside-out for 'wiggle', summing to 1 for 'expand'; and the y domain that holds them.
 */
export function stackStreams(
  points: StreamPoint[],
  keys: string[],
  mode: StackMode,
): { series: Series<StreamPoint, string>[]; domain: [number, number] } {
  const series = stack<StreamPoint>()
    .keys(keys)
    .value((d, key) => Math.max(0, d.values[key] ?? 0))
    .offset(mode === 'wiggle' ? stackOffsetWiggle : mode === 'expand' ? stackOffsetExpand : stackOffsetNone)
    .order(mode === 'wiggle' ? stackOrderInsideOut : stackOrderNone)(points);
  let lo = 0;
  let hi = mode === 'expand' ? 1 : 0;
  for (const s of series)
    for (const p of s) {
      if (p[0] < lo) lo = p[0];
      if (p[1] > hi) hi = p[1];
    }
  if (hi === lo) hi = lo + 1;
  return { series, domain: [lo, hi] };
}
