import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SPEAKER_COLOURS, SPEAKER_PALETTE, TOPIC_COLOURS, schemed } from './palette.js';

// WCAG 2 relative luminance and contrast ratio.
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

// The scheme colours as app.css declares them: the light :root block, then the one under prefers-color-scheme.
const css = readFileSync(new URL('../app.css', import.meta.url), 'utf8');
const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
const light = css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)'));
const variable = (block: string, name: string) => {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(block);
  if (!m) throw new Error(`app.css: no --${name}`);
  return m[1]!;
};
const schemes = [
  { name: 'light', block: light, index: 0 },
  { name: 'dark', block: dark, index: 1 },
] as const;

describe('palette contrast', () => {
  for (const { name, block, index } of schemes) {
    const backgrounds = [variable(block, 'panel'), variable(block, 'bg')];
    it(`every speaker and topic colour stands out 3:1 from the ${name} panel and page (marks, WCAG 1.4.11)`, () => {
      for (const pair of [...SPEAKER_COLOURS, ...TOPIC_COLOURS])
        for (const bg of backgrounds)
          expect(contrast(pair[index], bg), `${pair[index]} on ${bg}`).toBeGreaterThanOrEqual(3);
    });
    it(`text colours read 4.5:1 on the ${name} panel and page (WCAG 1.4.3)`, () => {
      for (const text of ['fg', 'muted', 'accent', 'warn', 'error', 'ok'])
        for (const bg of backgrounds)
          expect(contrast(variable(block, text), bg), `--${text} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    });
    it(`the focus ring stands out 3:1 on the ${name} panel and page`, () => {
      for (const bg of backgrounds) expect(contrast(variable(block, 'focus'), bg)).toBeGreaterThanOrEqual(3);
    });
  }
  it('the speaker colours are distinct in each scheme', () => {
    for (const i of [0, 1]) expect(new Set(SPEAKER_COLOURS.map((p) => p[i])).size).toBe(SPEAKER_COLOURS.length);
  });
  it('SPEAKER_PALETTE follows the colour scheme with light-dark()', () => {
    expect(SPEAKER_PALETTE[0]).toBe(schemed(SPEAKER_COLOURS[0]!));
    expect(schemed(['#000000', '#ffffff'])).toBe('light-dark(#000000, #ffffff)');
  });
});
