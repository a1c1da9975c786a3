import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFiles, type AnalyzedFile } from './analyze-files.js';
import { summarizeFile, parseFile } from './analyze-file.js';
import { gatherCorpusStatistics } from './corpus-statistics.js';
import { createRunner } from './runner.js';

const examples = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../examples');
const files = readdirSync(examples)
  .filter((f) => f !== 'README.md')
  .map((f) => join(examples, f));

async function collect(iterable: AsyncIterable<AnalyzedFile>): Promise<AnalyzedFile[]> {
  const out: AnalyzedFile[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

describe('analyzeFiles', () => {
  it('analyzeFiles(files, {jobs: 1}) yields every summary in input order, as pass 1 and summarizeFile give it', async () => {
    const progress: number[] = [];
    const got = await collect(
      analyzeFiles(files, { jobs: 1, topics: 'taxonomy', onProgress: (p) => progress.push(p.pass) }),
    );
    expect(got.map((g) => g.file)).toEqual(files);
    const settings = { method: 'taxonomy' as const, autoChapters: false };
    const { settings: next } = await gatherCorpusStatistics(files, {
      runner: createRunner(settings, { jobs: 1, files: files.length }),
      settings,
      topics: 'taxonomy',
    });
    for (const g of got)
      expect(g.outcome).toEqual(JSON.parse(JSON.stringify(summarizeFile(g.file, await parseFile(g.file, next), next))));
    expect(progress).toEqual([...files.map(() => 1), ...files.map(() => 2)]);
  });

  it('analyzeFiles(files) holds back while its consumer is slow, and still yields everything', async () => {
    const got: string[] = [];
    for await (const x of analyzeFiles(files, { jobs: 1, topics: 'taxonomy' })) {
      await new Promise((r) => setTimeout(r, 5));
      got.push(x.file);
    }
    expect(got).toEqual(files);
  });

  it('analyzeFiles(files, {jobs: 0}) is a TypeError naming the call', async () => {
    await expect(collect(analyzeFiles(files, { jobs: 0 }))).rejects.toThrow(/analyzeFiles: jobs/);
  });
});
