import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadExtra } from './load-extra.js';

function moduleUrl(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'podlens-extra-')), 'extra.mjs');
  writeFileSync(file, text);
  return pathToFileURL(file).href;
}

describe('loadExtra', () => {
  it("loadExtra(url) is the module's default export, imported once", async () => {
    const url = moduleUrl(
      'globalThis.podlensExtraLoads = (globalThis.podlensExtraLoads ?? 0) + 1;\nexport default (a) => a.summary.source;\n',
    );
    const extra = await loadExtra(url);
    expect(extra({ summary: { source: 'x.md' } } as never)).toBe('x.md');
    expect(await loadExtra(url)).toBe(extra);
    expect((globalThis as { podlensExtraLoads?: number }).podlensExtraLoads).toBe(1);
  });

  it('loadExtra(url) of a module without a default function is a TypeError naming the module', async () => {
    const url = moduleUrl('export const value = 1;\n');
    await expect(loadExtra(url)).rejects.toThrow(
      new RegExp(`extra ${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} has no default export`),
    );
  });
});
