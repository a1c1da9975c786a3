import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { transcriptDetail } from '../../index.js';
import { analyzeParsed, FileAnalyzer, parseFile, type AnalyzeSettings } from './analyze-file.js';
import { renderAnalysis } from './render-analysis.js';
import { renderSummary } from './render.js';

const file = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../examples'),
  '2024-09-12-data-culture.srt',
);
const settings: AnalyzeSettings = { method: 'taxonomy', autoChapters: true };

describe('renderAnalysis', () => {
  it('renderAnalysis(analyzer, file, format) is the summary rendered, with no detail', async () => {
    const analysis = analyzeParsed(file, await parseFile(file, settings), settings);
    if (!analysis.ok) throw new Error(analysis.reason);
    expect(await renderAnalysis(new FileAnalyzer(settings), file, 'jsonl')).toEqual({
      ok: true,
      value: renderSummary(analysis.value.summary, 'jsonl'),
    });
  });

  it("renderAnalysis(analyzer, file, format, {reading, detail}) applies the reading's edits and source and adds the detail as JSON", async () => {
    const parsed = await parseFile(file, settings);
    if (!parsed.ok) throw new Error(parsed.reason);
    const first = parsed.value.episode.speakers[0]!.name;
    const reading = { source: 'renamed.srt', edits: { rename: { [first]: 'Someone Else' }, merge: {} } };
    const got = await renderAnalysis(new FileAnalyzer(settings), file, 'jsonl', { reading, detail: true });
    if (!got.ok) throw new Error(got.reason);
    const summary = JSON.parse(got.value);
    expect(summary.source).toBe('renamed.srt');
    expect(summary.speakers.map((s: { name: string }) => s.name)).toContain('Someone Else');
    const analysis = analyzeParsed(file, parsed, settings, reading);
    if (!analysis.ok) throw new Error(analysis.reason);
    expect(JSON.parse(got.detail!)).toEqual(JSON.parse(JSON.stringify(transcriptDetail(analysis.value))));
  });

  it("renderAnalysis(..., {detail: true}) hands the detail's light figures beside it: what parsing the detail gives", async () => {
    const got = await renderAnalysis(new FileAnalyzer(settings), file, 'jsonl', { detail: true });
    if (!got.ok) throw new Error(got.reason);
    const { turns, speakerTopics, topicScores } = JSON.parse(got.detail!);
    expect(turns.length).toBeGreaterThan(0);
    expect(Object.keys(speakerTopics).length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(got.figures))).toEqual({ turns: turns.length, speakerTopics, topicScores });
  });

  it("renderAnalysis(..., {extra: url}) adds what the module's default export makes of the file's analysis", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podlens-extra-'));
    const module = join(dir, 'extra.mjs');
    writeFileSync(
      module,
      'export default (a) => ({ source: a.summary.source, turns: a.episode.turns.length, shares: a.balance.windows.length });\n',
    );
    const analysis = analyzeParsed(file, await parseFile(file, settings), settings);
    if (!analysis.ok) throw new Error(analysis.reason);
    const got = await renderAnalysis(new FileAnalyzer(settings), file, 'jsonl', { extra: pathToFileURL(module).href });
    expect(got).toEqual({
      ok: true,
      value: renderSummary(analysis.value.summary, 'jsonl'),
      extra: {
        source: file,
        turns: analysis.value.episode.turns.length,
        shares: analysis.value.balance.windows.length,
      },
    });
  });

  it('renderAnalysis(analyzer, missing file, format) is the failure with its reason', async () => {
    expect(
      await renderAnalysis(new FileAnalyzer(settings), `${file}.missing`, 'jsonl', { detail: true }),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('ENOENT') });
  });
});
