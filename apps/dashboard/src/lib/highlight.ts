export interface Segment {
  text: string;
  hit: boolean;
}

/** Splits text around case-insensitive matches of needle, for rendering as text nodes and <mark>s. */
export function segments(text: string, needle: string): Segment[] {
  const n = needle.trim().toLowerCase();
  if (!n) return [{ text, hit: false }];
  const lower = text.toLowerCase();
  const out: Segment[] = [];
  let from = 0;
  for (let at = lower.indexOf(n); at !== -1; at = lower.indexOf(n, at + n.length)) {
    if (at > from) out.push({ text: text.slice(from, at), hit: false });
    out.push({ text: text.slice(at, at + n.length), hit: true });
    from = at + n.length;
  }
  if (from < text.length) out.push({ text: text.slice(from), hit: false });
  return out;
}

export function countMatches(text: string, needle: string): number {
  return segments(text, needle).filter((s) => s.hit).length;
}
