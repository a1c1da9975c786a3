/**
 * Each colour as a pair for the light and the dark scheme: every mark stands out 3:1 against the panel and the
 * page of its scheme (WCAG 1.4.11). The light ones are Okabe-Ito darkened along their own hue, the dark ones are
 * Okabe-Ito as published, so the set stays colour-blind safe; black is a grey that reads on both.
 */
export const SPEAKER_COLOURS: readonly (readonly [light: string, dark: string])[] = [
  ['#0072B2', '#3D95D6'],
  ['#B87700', '#E69F00'],
  ['#008A64', '#009E73'],
  ['#C45600', '#D55E00'],
  ['#B4588C', '#CC79A7'],
  ['#2A88C0', '#56B4E9'],
  ['#8F8400', '#F0E442'],
  ['#767676', '#8C8C8C'],
];
/** Tableau 10, for topics, with the light colours darkened for the light scheme. */
export const TOPIC_COLOURS: readonly (readonly [light: string, dark: string])[] = [
  ['#4E79A7', '#5C8DC4'],
  ['#C4660A', '#F28E2B'],
  ['#D23F42', '#E15759'],
  ['#3E8C86', '#76B7B2'],
  ['#478A3E', '#59A14F'],
  ['#9A7D00', '#EDC948'],
  ['#A0648F', '#B07AA1'],
  ['#D9667A', '#FF9DA7'],
  ['#9C755F', '#9C755F'],
  ['#857A76', '#BAB0AC'],
];
/** A CSS colour that follows the page's colour scheme (the root declares `color-scheme: light dark`). */
export const schemed = ([light, dark]: readonly [string, string]): string => `light-dark(${light}, ${dark})`;
export const SPEAKER_PALETTE = SPEAKER_COLOURS.map(schemed);
export const TOPIC_PALETTE = TOPIC_COLOURS.map(schemed);

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
