/** How many ticks an axis of this length gets: one per `spacing` units, at least `min`. */
export function tickCount(length: number, spacing: number, min = 2): number {
  return Math.max(min, Math.floor((Number.isFinite(length) ? length : 0) / spacing));
}
