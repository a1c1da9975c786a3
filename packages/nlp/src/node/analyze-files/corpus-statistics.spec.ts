import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpusStats } from '../../index.js';
import { parseFile, type AnalyzeSettings } from './analyze-file.js';
import { corpusSample, gatherCorpusStatistics, SAMPLE } from './corpus-statistics.js';
import { createRunner, type Runner } from './runner.js';

const examples = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../examples');
const files = readdirSync(examples)
  .filter((f) => f !== 'README.md')
  .map((f) => join(examples, f));
const settings: AnalyzeSettings = { method: 'taxonomy', autoChapters: false };

/** A runner on this thread that counts what it is asked. */
function countingRunner(): Runner & { asked: string[] } {
  const inner = createRunner(settings, { jobs: 1, files: files.length, holdCharacters: 10_000_000 });
  const asked: string[] = [];
  return { ...inner, asked, terms: (file) => (asked.push(file), inner.terms(file)) };
}

describe('corpusSample', () => {
  it('corpusSample(files) is up to SAMPLE files spread over the input, none for one file', () => {
    expect(corpusSample(['a'])).toEqual([]);
    expect(corpusSample(['a', 'b'])).toEqual(['a', 'b']);
    const many = Array.from({ length: SAMPLE * 3 }, (_, i) => `f${i}`);
    const sample = corpusSample(many);
    expect(sample).toHaveLength(SAMPLE);
    expect(sample[0]).toBe('f0');
    expect(new Set(sample).size).toBe(SAMPLE);
  });
});

describe('gatherCorpusStatistics', () => {
  it('gatherCorpusStatistics(files) counts document frequencies over the sample, each file asked for once, and says who holds it', async () => {
    const runner = countingRunner();
    const { settings: next, holders } = await gatherCorpusStatistics(files, { runner, settings, topics: 'taxonomy' });
    expect(runner.asked).toEqual(files);
    expect([...holders.keys()]).toEqual(files);
    const episodes = [];
    for (const f of files) {
      const parsed = await parseFile(f, settings);
      if (parsed.ok) episodes.push(parsed.value.episode);
    }
    expect(episodes).toHaveLength(files.length);
    expect(next.stats).toEqual(buildCorpusStats(episodes));
    expect(next.model).toBeUndefined();
    expect(settings.stats).toBeUndefined();
  });

  it('gatherCorpusStatistics(files, {topics: discovered}) finds topics in the sample', async () => {
    const { settings: next } = await gatherCorpusStatistics(files, {
      runner: createRunner({ ...settings, method: 'discovered' }, { jobs: 1, files: files.length }),
      settings: { ...settings, method: 'discovered' },
      topics: 'discovered',
    });
    expect(next.discovered).toBeDefined();
    expect(next.method).toBe('discovered');
  });

  it('gatherCorpusStatistics([file]) reads nothing: one file is weighed against the built-in background', async () => {
    const runner = countingRunner();
    const result = await gatherCorpusStatistics(files.slice(0, 1), { runner, settings, topics: 'auto' });
    expect(runner.asked).toEqual([]);
    expect(result.settings).toEqual(settings);
  });
});
