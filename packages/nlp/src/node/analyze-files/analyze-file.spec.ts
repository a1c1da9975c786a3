import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KeyDecoder, KeyEncoder } from './key-wire.js';
import { FileAnalyzer, fromWire, parseFile, summarizeFile, toWire, type AnalyzeSettings } from './analyze-file.js';

const examples = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../examples');
const settings: AnalyzeSettings = { method: 'taxonomy', autoChapters: false };

function copyOfExample(name: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'podlens-file-')), name);
  copyFileSync(join(examples, name), file);
  return file;
}

describe('FileAnalyzer', () => {
  it('analyzer.analyze(file) after analyzer.terms(file) uses the parse of pass 1: the file is read once', async () => {
    const file = copyOfExample('2024-09-12-data-culture.srt');
    const expected = summarizeFile(file, await parseFile(file, settings), settings);
    const analyzer = new FileAnalyzer(settings, 1_000_000);
    const terms = await analyzer.terms(file);
    expect(terms!.keys.length).toBeGreaterThan(0);
    expect(fromWire(toWire(terms!, new KeyEncoder()), new KeyDecoder())).toEqual({
      ...terms,
      counts: Int32Array.from(terms!.counts),
    });
    expect(analyzer.holding).toBe(1);
    rmSync(file);
    expect(await analyzer.analyze(file)).toEqual(expected);
    expect(analyzer.holding).toBe(0);
    // Let go of after pass 2: a second analysis reads the file again, which is gone.
    expect(await analyzer.analyze(file)).toMatchObject({ ok: false, reason: expect.stringContaining('ENOENT') });
  });

  it('new FileAnalyzer(settings, holdCharacters) keeps parses only within its budget of text, and parses the rest again in pass 2', async () => {
    const a = copyOfExample('2024-09-12-data-culture.srt');
    const b = copyOfExample('2025-04-03-hiring-data-teams.txt');
    const parsedA = await parseFile(a, settings);
    const characters = parsedA.ok ? parsedA.value.episode.turns.reduce((n, t) => n + t.text.length, 0) : 0;
    const analyzer = new FileAnalyzer(settings, characters);
    await analyzer.terms(a);
    await analyzer.terms(b);
    expect(analyzer.holding).toBe(1);
    expect([analyzer.holds(a), analyzer.holds(b)]).toEqual([true, false]);
    expect(await analyzer.analyze(b)).toEqual(summarizeFile(b, await parseFile(b, settings), settings));
    rmSync(a);
    expect(await analyzer.analyze(a)).toEqual(summarizeFile(a, parsedA, settings));
    expect(analyzer.holding).toBe(0);
    // The budget is free again: the next file is kept.
    await analyzer.terms(b);
    expect(analyzer.holding).toBe(1);
  });

  it("analyzer.prepare(file) does a held file's statistics-free analysis once, ahead, and pass 2 gives the same summary", async () => {
    const file = copyOfExample('2024-09-12-data-culture.srt');
    const other = copyOfExample('2025-04-03-hiring-data-teams.txt');
    const expected = summarizeFile(file, await parseFile(file, settings), settings);
    const analyzer = new FileAnalyzer(settings, 1_000_000);
    expect(analyzer.prepare(file)).toBe(false);
    await analyzer.terms(file);
    expect(analyzer.prepare(file)).toBe(true);
    expect(analyzer.prepare(file)).toBe(false);
    expect(await analyzer.analyze(file)).toEqual(expected);
    expect(analyzer.prepare(file)).toBe(false);
    // Not held (no budget): nothing to do ahead.
    const lean = new FileAnalyzer(settings, 0);
    await lean.terms(other);
    expect(lean.prepare(other)).toBe(false);
  });

  it('analyzer.terms(file) gives the segments of discovered topics only for --topics discovered', async () => {
    const file = copyOfExample('2024-03-14-feature-stores.md');
    expect((await new FileAnalyzer(settings).terms(file))!.document).toBeUndefined();
    const document = (await new FileAnalyzer({ ...settings, method: 'discovered' }).terms(file))!.document!;
    expect(document.windowSeconds).toBe(300);
    expect(document.segments.length).toBeGreaterThan(0);
  });

  it('analyzer.terms(file) of a file in no format keeps the failure for pass 2', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'podlens-file-')), 'broken.txt');
    writeFileSync(file, 'just some words\nwith no speakers at all\n');
    const analyzer = new FileAnalyzer(settings);
    expect(await analyzer.terms(file)).toBeUndefined();
    const outcome = await analyzer.analyze(file);
    expect(outcome.ok).toBe(false);
    expect((outcome as { reason: string }).reason).toContain('not a transcript in any known format');
  });
});

describe('parseFile', () => {
  it('parseFile(file) warns where the file is not UTF-8', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'podlens-file-')), 'latin.txt');
    writeFileSync(file, Buffer.from('[00:00:00] Ann: caf\xe9 au lait\n[00:00:10] Bob: tr\xe8s bien\n', 'latin1'));
    const parsed = await parseFile(file, settings);
    expect(parsed.ok && parsed.value.diagnostics[0]).toMatchObject({
      severity: 'warning',
      origin: 'parser:encoding',
      message: expect.stringContaining('not valid UTF-8'),
    });
  });
});
