import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnalyzeSettings } from './analyze-file.js';
import { SAMPLE } from './corpus-statistics.js';
import { createRunner, holdsParses } from './runner.js';

const file = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../examples'),
  '2024-09-12-data-culture.srt',
);
const settings: AnalyzeSettings = { method: 'taxonomy', autoChapters: false };

describe('createRunner', () => {
  it('holdsParses(files) is true where pass 1 reads every file (up to SAMPLE)', () => {
    expect([holdsParses(2), holdsParses(SAMPLE), holdsParses(SAMPLE + 1)]).toEqual([true, true, false]);
  });

  it('createRunner(settings, {files}) keeps pass 1 parses for pass 2 in a run that samples every file, not in a larger one', async () => {
    const small = createRunner(settings, { jobs: 1, files: 2 });
    expect((await small.terms(file)).holder).toBe(0);
    const large = createRunner(settings, { jobs: 1, files: SAMPLE + 1 });
    expect((await large.terms(file)).holder).toBeUndefined();
    expect(await large.analyze(file, 'jsonl')).toEqual(await small.analyze(file, 'jsonl', 0));
  });
});
