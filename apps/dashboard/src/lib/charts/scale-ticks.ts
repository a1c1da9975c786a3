import type { AxisTick } from './axis-tick.js';
import type { ChartScale } from './fit-scale.js';

/** d3's own ticks of a continuous scale (about `count`), labelled by `format` or by the scale's tickFormat. */
export function scaleTicks(scale: ChartScale, count: number, format?: (value: number) => string): AxisTick[] {
  if (!scale.ticks) return [];
  const ticks = scale.ticks(count) as (number | Date)[];
  const fmt = format ?? (scale.tickFormat ? (scale.tickFormat(count) as (v: number | Date) => string) : String);
  return ticks.map((value) => ({ value, label: (fmt as (v: number | Date) => string)(value) }));
}
