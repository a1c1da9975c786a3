import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as nodeApi from '../src/node/index.js';
import * as coreApi from '../src/core/index.js';
import * as markdownYamlApi from '../src/markdown-yaml/index.js';

// Every ```ts block of the package's README runs, against the sources, so the examples cannot rot.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
const entries: Record<string, string> = {
  '@podlens/parser/node': pathToFileURL(join(root, 'src/node/index.ts')).href,
  '@podlens/parser/core': pathToFileURL(join(root, 'src/core/index.ts')).href,
  '@podlens/parser/markdown-yaml': pathToFileURL(join(root, 'src/markdown-yaml/index.ts')).href,
  '@podlens/parser': pathToFileURL(join(root, 'src/index.ts')).href,
};
const work = mkdtempSync(join(tmpdir(), 'podlens-parser-readme-'));

describe('README.md of @podlens/parser', () => {
  it('has examples', () => expect(blocks.length).toBeGreaterThan(3));
  blocks.forEach((code, i) => {
    const first = code.split('\n').find((l) => !l.startsWith('import') && l.trim() !== '') ?? '';
    it(`example ${i + 1} runs (${first.slice(0, 60)})`, async () => {
      const file = join(work, `example-${i + 1}.ts`);
      writeFileSync(
        file,
        code.replace(
          /from '(@podlens\/parser(?:\/node|\/core|\/markdown-yaml)?)'/g,
          (_, name: string) => `from '${entries[name]}'`,
        ),
      );
      await import(pathToFileURL(file).href);
    });
  });

  it('uses every export of every entry in an example', () => {
    const used = (name: string) => blocks.some((b) => new RegExp(`\\b${name}\\b`).test(b));
    expect(
      [...Object.keys(api), ...Object.keys(nodeApi), ...Object.keys(coreApi), ...Object.keys(markdownYamlApi)].filter(
        (name) => !used(name),
      ),
    ).toEqual([]);
  });
});
