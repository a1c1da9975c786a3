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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits text around whole-word, case-insensitive occurrences of any of `words` (a word with spaces matches
 * across any run of spaces). "model" marks "Model," but not "models" or "remodel".
 */
export function markWords(text: string, words: string[]): Segment[] {
  const terms = [...new Set(words.map((w) => w.trim().toLowerCase()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (!terms.length) return [{ text, hit: false }];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${terms.map((t) => t.split(/\s+/).map(escape).join('\\s+')).join('|')})(?![\\p{L}\\p{N}_])`,
    'giu',
  );
  const out: Segment[] = [];
  let from = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > from) out.push({ text: text.slice(from, m.index), hit: false });
    out.push({ text: m[0], hit: true });
    from = m.index + m[0].length;
  }
  if (from < text.length || out.length === 0) out.push({ text: text.slice(from), hit: false });
  return out;
}

/**
 * The reader's highlights: whole `words` (from a link's ?mark=) as kind 'mark', and every match of the `needle`
 * typed in its search, in the text between them, as kind 'match'.
 */
export function highlightText(
  text: string,
  { words = [], needle = '' }: { words?: string[]; needle?: string },
): (Segment & { kind?: 'mark' | 'match' })[] {
  return markWords(text, words)
    .flatMap((s) =>
      s.hit
        ? [{ ...s, kind: 'mark' as const }]
        : segments(s.text, needle).map((m) => (m.hit ? { ...m, kind: 'match' as const } : m)),
    )
    .filter((s) => s.text !== '' || text === '');
}
