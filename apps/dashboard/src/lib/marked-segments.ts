import type { Segment } from './highlight.js';

/** Splits text at [start, end) spans (sorted or not, overlapping ones joined), for rendering as text nodes and <mark>s. */
export function markedSegments(text: string, marks: readonly (readonly [number, number])[]): Segment[] {
  const spans = marks
    .map(([s, e]) => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of spans) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    if (from > at) out.push({ text: text.slice(at, from), hit: false });
    out.push({ text: text.slice(from, e), hit: true });
    at = e;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), hit: false });
  return out;
}
