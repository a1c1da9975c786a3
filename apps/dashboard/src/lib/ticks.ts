const STEPS = [10, 15, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200];

/** Tick positions in seconds for a time axis, at a round step giving about `count` ticks. */
export function timeTicks(duration: number, count = 6): number[] {
  if (!(duration > 0)) return [0];
  const step = STEPS.find((s) => duration / s <= count) ?? Math.ceil(duration / count / 3600) * 3600;
  const out: number[] = [];
  for (let t = 0; t <= duration + 1e-9; t += step) out.push(t);
  return out;
}
