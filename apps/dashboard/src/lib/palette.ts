/** Okabe-Ito, colour-blind safe; black swapped for a grey that reads in light and dark mode. */
export const SPEAKER_PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#8C8C8C'];
/** Tableau 10, for topics. */
export const TOPIC_PALETTE = ['#4E79A7', '#F28E2B', '#E15759', '#76B7B2', '#59A14F', '#EDC948', '#B07AA1', '#FF9DA7', '#9C755F', '#BAB0AC'];

/** Speakers hash onto the first five (sky blue would sit too close to blue); the rest are taken last. */
const PREFERRED_SLOTS = 5;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * A stable colour per key: each key prefers the slot its name hashes to, so the same name keeps its colour
 * across pages; keys are placed in sorted order and move to the next free slot on a collision.
 */
export function colorMap(keys: Iterable<string>, palette: readonly string[]): Map<string, string> {
  const sorted = [...new Set(keys)].sort();
  const used = new Set<number>();
  const out = new Map<string, string>();
  const preferred = Math.min(PREFERRED_SLOTS, palette.length);
  // Probe the strong colours from the hashed slot first, then the light ones.
  const order = (start: number) => [
    ...Array.from({ length: preferred }, (_, i) => (start + i) % preferred),
    ...Array.from({ length: palette.length - preferred }, (_, i) => preferred + i),
  ];
  for (const key of sorted) {
    const slot = order(hash(key) % preferred).find((s) => !used.has(s)) ?? hash(key) % palette.length;
    used.add(slot);
    out.set(key, palette[slot] ?? '#888');
  }
  return out;
}
