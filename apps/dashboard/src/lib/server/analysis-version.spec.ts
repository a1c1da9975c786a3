import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analysisVersion } from './analysis-version.js';
import { ANALYSIS_VERSION } from './corpus.js';

let dir: string;
let resolve: (name: string) => string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'podlens-version-'));
  await mkdir(path.join(dir, 'pkg', 'dist', 'sub'), { recursive: true });
  await writeFile(path.join(dir, 'pkg', 'package.json'), JSON.stringify({ name: 'pkg', version: '1.0.0' }));
  await writeFile(path.join(dir, 'pkg', 'dist', 'index.js'), 'export const a = 1;');
  await writeFile(path.join(dir, 'pkg', 'dist', 'sub', 'metric.js'), 'export const share = (a, b) => a / b;');
  await writeFile(path.join(dir, 'own.js'), 'export const analyze = () => 1;');
  resolve = () => pathToFileURL(path.join(dir, 'pkg', 'dist', 'index.js')).href;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('analysisVersion', () => {
  it('analysisVersion(modules, packages) is stable while the code is, and moves with any byte of the built code', async () => {
    const v = () => analysisVersion([path.join(dir, 'own.js')], ['pkg'], resolve);
    const first = v();
    expect(v()).toBe(first);
    await writeFile(path.join(dir, 'pkg', 'dist', 'sub', 'metric.js'), 'export const share = (a, b) => b / a;');
    const second = v();
    expect(second).not.toBe(first);
    await writeFile(path.join(dir, 'own.js'), 'export const analyze = () => 2;');
    expect(v()).not.toBe(second);
  });
  it('analysisVersion moves with the package version and says when a package is missing', async () => {
    const a = analysisVersion([], ['pkg'], resolve);
    await writeFile(path.join(dir, 'pkg', 'package.json'), JSON.stringify({ name: 'pkg', version: '1.0.1' }));
    expect(analysisVersion([], ['pkg'], resolve)).not.toBe(a);
    const missing = analysisVersion([], ['pkg'], () => {
      throw new Error('not found');
    });
    expect(missing).not.toBe(a);
  });
  it('ANALYSIS_VERSION is derived from the code, not a hand-written string', () => {
    expect(ANALYSIS_VERSION).toMatch(/^analysis-[0-9a-f]{20}$/);
  });
});
