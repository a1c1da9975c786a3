import { describe, expect, it } from 'vitest';
import { formatRegistry, register } from './registry.js';
import { sbv } from './sbv.js';
import { chapters } from './chapters.js';
import { markdownYaml } from './markdown-yaml.js';

describe('formatRegistry', () => {
  it('formatRegistry(readers) derives the names, the formats as data and the transcript endings, in order', () => {
    const r = formatRegistry([register(markdownYaml), register(sbv), register(chapters)]);
    expect(r.formatNames).toEqual(['markdown-yaml', 'sbv', 'chapters']);
    expect(r.formats.map((f) => f.name)).toEqual(r.formatNames);
    expect(r.acceptedFormatNames).toEqual(['markdown-yaml', 'sbv', 'chapters', 'dtc']);
    expect(r.transcriptExtensions).toEqual([...markdownYaml.extensions, ...sbv.extensions]);
    expect(r.readerNamed('dtc')?.name).toBe('markdown-yaml');
    expect(r.resolveFormatName('chapters')).toBe('chapters');
    expect(r.resolveFormatName('srt')).toBeUndefined();
  });

  it('formatRegistry(readers) refuses a format given twice', () => {
    expect(() => formatRegistry([register(sbv), register(sbv)])).toThrow(/^the reader of 'sbv' is given twice$/);
  });
});
