import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { analyzeFiles } from './analyze-files.js';
import { createRunner } from './runner.js';

// Every read of a transcript file, counted by file: the parser's reader with a spy around it.
const reads = vi.hoisted(() => new Map<string, number>());
vi.mock('@podlens/parser/node', async (original) => {
  const actual = await original<typeof import('@podlens/parser/node')>();
  return {
    ...actual,
    readTranscriptFile: (file: string, options?: Parameters<typeof actual.readTranscriptFile>[1]) => {
      reads.set(file, (reads.get(file) ?? 0) + 1);
      return actual.readTranscriptFile(file, options);
    },
  };
});

const examples = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../examples');
const files = readdirSync(examples)
  .filter((f) => f !== 'README.md')
  .map((f) => join(examples, f));

describe('analyzeFiles reads each file once', () => {
  for (const topics of ['taxonomy', 'auto', 'discovered'] as const)
    it(`analyzeFiles(files, {topics: '${topics}'}) reads and parses each file once for both passes`, async () => {
      reads.clear();
      let summaries = 0;
      for await (const f of analyzeFiles(files, { jobs: 1, topics })) if (f.outcome.ok) summaries++;
      expect(summaries).toBe(files.length);
      expect(Object.fromEntries(reads)).toEqual(Object.fromEntries(files.map((f) => [f, 1])));
    });

  it('the count sees a second read: a runner that keeps no parse reads a file in each pass', async () => {
    reads.clear();
    const runner = createRunner({ method: 'taxonomy', autoChapters: false }, { jobs: 1, files: 2, holdCharacters: 0 });
    await runner.terms(files[0]!);
    await runner.analyze(files[0]!, 'jsonl');
    expect(reads.get(files[0]!)).toBe(2);
  });
});
