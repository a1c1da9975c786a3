import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTaxonomyFile } from 'file:///work/h-pkg/packages/nlp/src/node/index.ts';

const file = join(mkdtempSync(join(tmpdir(), 'podlens-taxonomy-')), 'bees.json');
writeFileSync(file, JSON.stringify({ topics: [{ id: 'bees', label: 'Bees', terms: { bee: 2 } }] }));
assert.deepEqual((await readTaxonomyFile(file, { replace: true })).topics.map((t) => t.id), ['bees']);
