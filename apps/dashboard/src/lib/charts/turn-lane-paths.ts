/**
 * One SVG path per speaker's lane holding a rectangle per turn (`x` maps seconds to the drawing): long
 * episodes have thousands of turns, and one element per turn made the page slow to hydrate. A turn of a
 * speaker without a lane is drawn in the first.
 */
export function turnLanePaths(
  turns: { speaker: string; start: number; end: number }[],
  lanes: string[],
  {
    x,
    top,
    rowHeight,
    inset = 3,
  }: { x: (seconds: number) => number; top: (lane: number) => number; rowHeight: number; inset?: number },
): { name: string; d: string; count: number }[] {
  const row = new Map(lanes.map((s, i) => [s, i]));
  const out = lanes.map((name) => ({ name, d: [] as string[], count: 0 }));
  for (const t of turns) {
    const at = row.get(t.speaker) ?? 0;
    const lane = out[at];
    if (!lane) continue;
    const x0 = x(t.start);
    const w = Math.max(1, x(t.end) - x0);
    lane.d.push(`M${x0.toFixed(1)},${top(at) + inset}h${w.toFixed(1)}v${rowHeight - 2 * inset}h${(-w).toFixed(1)}z`);
    lane.count++;
  }
  return out.map((l) => ({ name: l.name, d: l.d.join(''), count: l.count }));
}
