import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFiles, type AnalyzedFile } from './analyze-files.js';
import { analyzeParsed, summarizeFile, parseFile } from './analyze-file.js';
import { transcriptDetail } from '../../index.js';
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

  it("analyzeFiles(jobs, {stats: 'background', detail: true}) weighs each file alone, applies each job's reading and adds its detail", async () => {
    const settings = { method: 'taxonomy' as const, autoChapters: true };
    const jobs = files.map((file, i) => ({ file, source: `episode-${i}`, chapterList: '00:00 Start\n00:30 Later' }));
    const got = await collect(
      analyzeFiles(jobs, { jobs: 1, stats: 'background', detail: true, settings: { autoChapters: true } }),
    );
    expect(got.map((g) => g.file)).toEqual(files);
    for (const [i, g] of got.entries()) {
      const alone = analyzeParsed(g.file, await parseFile(g.file, settings), settings, jobs[i]);
      if (!alone.ok) {
        expect(g.outcome).toEqual(alone);
        continue;
      }
      expect(g.outcome).toEqual({ ok: true, value: JSON.parse(JSON.stringify(alone.value.summary)) });
      const detail = JSON.parse(g.detail!);
      expect(detail).toEqual(JSON.parse(JSON.stringify(transcriptDetail(alone.value))));
      // The light figures handed beside the detail are what parsing it gives.
      expect(JSON.parse(JSON.stringify(g.figures))).toEqual({
        turns: detail.turns.length,
        speakerTopics: detail.speakerTopics,
        topicScores: detail.topicScores,
      });
    }
    // The same file among others or alone: the same figures.
    const [one] = await collect(
      analyzeFiles([jobs[0]!], { jobs: 1, stats: 'background', settings: { autoChapters: true } }),
    );
    expect(one!.outcome).toEqual(got[0]!.outcome);
  });

  it('analyzeFiles(files, {extra: url}) yields beside each analyzed file what the extra module made of its analysis', async () => {
    const module = join(mkdtempSync(join(tmpdir(), 'podlens-extra-')), 'extra.mjs');
    writeFileSync(module, 'export default (a) => ({ source: a.summary.source, turns: a.episode.turns.length });\n');
    const got = await collect(analyzeFiles(files, { jobs: 1, stats: 'background', extra: pathToFileURL(module) }));
    const settings = { method: 'taxonomy' as const, autoChapters: false };
    for (const g of got) {
      const alone = analyzeParsed(g.file, await parseFile(g.file, settings), settings);
      expect(g.extra).toEqual(alone.ok ? { source: g.file, turns: alone.value.episode.turns.length } : undefined);
    }
  });

  it("analyzeFiles(files, {stats: 'background', topics: 'learned'}) is a TypeError: no model is learned", async () => {
    await expect(collect(analyzeFiles(files, { jobs: 1, stats: 'background', topics: 'learned' }))).rejects.toThrow(
      /stats 'background'/,
    );
  });

  it('analyzeFiles(files, {jobs: 0}) is a TypeError naming the call', async () => {
    await expect(collect(analyzeFiles(files, { jobs: 0 }))).rejects.toThrow(/analyzeFiles: jobs/);
  });
});
