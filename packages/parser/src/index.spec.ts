import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from './index.js';

describe('@podlens/parser public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'UnknownFormatError',
        'acceptedFormatNames',
        'resolveFormatName',
        'countWords',
        'csvCell',
        'csvRow',
        'detectFormat',
        'editSpeakers',
        'formatNames',
        'formats',
        'formatDuration',
        'formatTimestamp',
        'periodBounds',
        'periodOf',
        'periodsBetween',
        'mergeChapters',
        'parse',
        'parseIsoDuration',
        'parseTimestamp',
        'parseWebVTTCues',
        'speakerBalance',
        'speakerCells',
        'speakerColumns',
        'summarizeEpisode',
        'transcriptExtensions',
        'transcriptMediaTypes',
      ].sort(),
    );
  });
});

describe('the format registry', () => {
  it('describes every format with a label free of podcast names, its extensions and media types', () => {
    expect(api.formats.map((f) => f.name)).toEqual(api.formatNames);
    for (const f of api.formats) {
      expect(f.label, f.name).toMatch(/\S/);
      expect(f.label, f.name).not.toMatch(/DTC|DataTalks/i);
      expect(f.extensions.length, f.name).toBeGreaterThan(0);
      for (const e of f.extensions) expect(e, f.name).toMatch(/^\.[a-z0-9]+$/);
      expect(
        f.mediaTypes.every((m) => /^[a-z]+\/[\w.+-]+$/.test(m)),
        f.name,
      ).toBe(true);
    }
    expect(api.formats.find((f) => f.name === 'markdown-yaml')!.label).toBe('Markdown with a YAML transcript');
  });

  it('derives the type FormatName from the registry: each format name is one, any other string is not', () => {
    expectTypeOf<'sbv' | 'webvtt' | 'markdown-yaml' | 'plain'>().toExtend<api.FormatName>();
    expectTypeOf<string>().not.toExtend<api.FormatName>();
    // @ts-expect-error a name no reader has is no FormatName
    const unknown: api.FormatName = 'vtx';
    const names: readonly api.FormatName[] = api.formatNames;
    expect(names).toContain('sbv');
    expect(unknown).toBe('vtx');
  });

  it("resolveFormatName(name) takes each format's name and its aliases ('dtc' is 'markdown-yaml'), and nothing else", () => {
    for (const f of api.formats) {
      expect(api.resolveFormatName(f.name)).toBe(f.name);
      for (const a of f.aliases) expect(api.resolveFormatName(a)).toBe(f.name);
    }
    expect(api.resolveFormatName('dtc')).toBe('markdown-yaml');
    expect(api.resolveFormatName('vtx')).toBeUndefined();
    expect(api.acceptedFormatNames).toEqual([...api.formatNames, ...api.formats.flatMap((f) => f.aliases)]);
    expect(new Set(api.acceptedFormatNames).size).toBe(api.acceptedFormatNames.length);
  });

  it("parse(text, { format: 'dtc' }) reads as markdown-yaml, the format's current name", () => {
    const text = '---\ntitle: T\ntranscript:\n- line: hello there\n  who: Ann\n  sec: 0\n---\n';
    expect(api.parse(text, { format: 'dtc' })).toEqual(api.parse(text, { format: 'markdown-yaml' }));
    expect(api.parse(text, { format: 'dtc' }).episode.format).toBe('markdown-yaml');
    expect(() => api.parse(text, { format: 'vtx' as 'dtc' })).toThrow(
      /unknown format 'vtx' \(expected one of .*markdown-yaml.*, dtc\)/,
    );
  });

  it('lists transcript extensions once each, from the formats that read transcripts', () => {
    const fromFormats = new Set(api.formats.filter((f) => f.provides === 'transcript').flatMap((f) => f.extensions));
    expect(new Set(api.transcriptExtensions)).toEqual(fromFormats);
    expect(api.transcriptExtensions.length).toBe(fromFormats.size);
    expect(api.transcriptExtensions).not.toContain('.chapters');
  });
});
