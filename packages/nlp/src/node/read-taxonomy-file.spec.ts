import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import * as node from './index.js';
import { readTaxonomyFile } from './read-taxonomy-file.js';

const dir = mkdtempSync(join(tmpdir(), 'podlens-nlp-'));
const file = join(dir, 'music.json');
writeFileSync(file, JSON.stringify({ topics: [{ id: 'music', label: 'Music', terms: { vinyl: 2 } }] }));

it('@podlens/nlp/node exports exactly its public API', () => {
  expect(Object.keys(node).sort()).toEqual([
    'OUTPUT_FORMATS',
    'analyzeFiles',
    'corpusSample',
    'createRunner',
    'csvHeader',
    'forEachInOrder',
    'gatherCorpusStatistics',
    'parseFile',
    'readTaxonomyFile',
    'renderSummary',
    'serveAnalyzeRequests',
    'summarizeFile',
  ]);
});

it('readTaxonomyFile(path) extends the default taxonomy, or replaces it', async () => {
  const extended = await readTaxonomyFile(file);
  expect(extended.topics.map((t) => t.id)).toContain('mlops');
  expect(extended.topics.map((t) => t.id)).toContain('music');
  expect((await readTaxonomyFile(file, { replace: true })).topics.map((t) => t.id)).toEqual(['music']);
});

it('readTaxonomyFile(path) names the file in its errors', async () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"topics":[{"id":"x"}]}');
  await expect(readTaxonomyFile(bad)).rejects.toThrow(
    /readTaxonomyFile: .*bad\.json: loadTaxonomy: topic 'x' has no label/,
  );
});
