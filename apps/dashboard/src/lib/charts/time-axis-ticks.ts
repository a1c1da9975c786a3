import { formatTime } from '../format.js';
import { timeTicks } from '../ticks.js';
import type { AxisTick } from './axis-tick.js';

/** Ticks at round steps of seconds over `[start, end]` (about `count`), labelled m:ss or h:mm:ss. */
export function timeAxisTicks([start, end]: [number, number], count: number): AxisTick[] {
  return timeTicks(end - start, count).map((t) => ({ value: t + start, label: formatTime(t + start) }));
}
