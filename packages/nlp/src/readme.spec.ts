import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from './index.js';
import * as nodeApi from './node/index.js';

// Every ```ts block of the package's README runs against the sources, so the examples cannot rot. A block whose
// first line is `// NAME.ts: ...` is a module the others import as `./NAME.js`.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
const entries: Record<string, string> = {
  '@podlens/nlp/node': pathToFileURL(join(root, 'src/node/index.ts')).href,
  '@podlens/nlp': pathToFileURL(join(root, 'src/index.ts')).href,
  // As the package itself resolves it (the examples run from a temporary folder).
  '@podlens/parser': pathToFileURL(createRequire(import.meta.url).resolve('@podlens/parser')).href,
};
const work = mkdtempSync(join(tmpdir(), 'podlens-nlp-readme-'));
const withEntries = (code: string) =>
  code.replace(/from '(@podlens\/(?:nlp(?:\/node)?|parser))'/g, (_, name: string) => `from '${entries[name]}'`);
const modules = blocks.filter((b) => /^\/\/ [\w-]+\.ts:/.test(b));
for (const m of modules) writeFileSync(join(work, /^\/\/ ([\w-]+\.ts):/.exec(m)![1]!), withEntries(m));

describe('README.md of @podlens/nlp', () => {
  it('has examples', () => expect(blocks.length - modules.length).toBeGreaterThan(3));
  blocks.forEach((code, i) => {
    if (modules.includes(code)) return;
    const first = code.split('\n').find((l) => !/^(import|\s|$|\})/.test(l)) ?? '';
    it(`example ${i + 1} runs (${first.slice(0, 60)})`, async () => {
      const file = join(work, `example-${i + 1}.ts`);
      writeFileSync(file, withEntries(code));
      await import(pathToFileURL(file).href);
    });
  });

  it('uses every export of both entries in an example', () => {
    const used = (name: string) => blocks.some((b) => new RegExp(`\\b${name}\\b`).test(b));
    expect([...Object.keys(api), ...Object.keys(nodeApi)].filter((name) => !used(name))).toEqual([]);
  });
});
