import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatNames } from '../src/index.js';

const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../README.md'), 'utf8');

describe("README's format table", () => {
  it('has a row for every format of the registry, and none for a format it lacks', () => {
    const from = readme.indexOf('## Supported formats');
    const to = readme.indexOf('\n## ', from + 1);
    const table = readme.slice(from, to < 0 ? undefined : to);
    const rows = [...table.matchAll(/^\| `([\w-]+)` \|/gm)].map((m) => m[1]);
    expect([...rows].sort()).toEqual([...formatNames].sort());
  });
});
