import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formats } from '../src/index.js';
import { formatTable, readerDocs, readerSources, withFormatTable } from '../scripts/format-table.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const readme = readFileSync(join(here, '../../../README.md'), 'utf8');

describe("README's format table", () => {
  it('is the table the registry gives (else: pnpm --filter @podlens/parser readme:formats)', () => {
    const table = formatTable(formats, readerDocs(readerSources(join(here, '../src/formats'))));
    expect(
      withFormatTable(readme, table),
      'README.md is out of date: pnpm --filter @podlens/parser readme:formats',
    ).toBe(readme);
    const rows = [...table.matchAll(/^\| `([\w-]+)` \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(formats.map((f) => f.name));
  });
});
