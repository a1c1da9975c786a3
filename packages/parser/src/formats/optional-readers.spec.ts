import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readers } from './index.js';
import { howToAdd, optionalReaders } from './optional-readers.js';

const parserRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(parserRoot, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, { default: string }>;
};

describe('optionalReaders', () => {
  it("each names a declared entry of the package that exports its reader, described as the registry's reader is", async () => {
    expect(optionalReaders.length).toBeGreaterThan(0);
    for (const o of optionalReaders) {
      const subpath = `.${o.entry.slice(pkg.name.length)}`;
      const target = pkg.exports[subpath]?.default;
      expect(target, o.entry).toBeDefined();
      const source = join(parserRoot, target!.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'));
      const entry = (await import(pathToFileURL(source).href)) as Record<string, { name: string }>;
      const reader = readers.find((r) => r.name === o.name)!;
      expect(entry[o.exportName]).toMatchObject({ name: o.name, label: o.label, extensions: o.extensions });
      const { entry: _entry, exportName: _exportName, ...described } = o;
      const { read: _read, ...registered } = reader;
      expect(described).toEqual(registered);
    }
  });

  it('howToAdd(reader) says what to import and how to add it', () => {
    expect(howToAdd(optionalReaders[0]!)).toBe(
      "add its reader: import { markdownYaml } from '@podlens/parser/markdown-yaml' and createParser([markdownYaml])",
    );
  });
});
