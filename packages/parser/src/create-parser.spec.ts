import { describe, expect, it } from 'vitest';
import { createParser } from './create-parser.js';
import { coreReaders } from './formats/core-readers.js';
import { formats, formatNames, transcriptExtensions } from './formats/index.js';
import { markdownYaml } from './formats/markdown-yaml.js';
import { parse } from './parse.js';
import { UnknownFormatError } from './parse-error.js';

const yamlTranscript =
  '---\ntitle: A talk\nguests: [ann]\ntranscript:\n- header: Intro\n- line: hello there\n  who: Ann\n  sec: 0\n- line: hi Ann\n  who: Bob\n  sec: 4\n---\n\nShow notes.\n';
const webvtt =
  'WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Ann>hello there\n\n00:00:04.000 --> 00:00:08.000\n<v Bob>hi Ann\n';
const markdownWithFrontMatter = '---\ntitle: Hello\n---\n\n**Ann:** hi there\n\n**Bob:** hello\n\n**Ann:** more\n';

function refusalOf(run: () => unknown): UnknownFormatError {
  try {
    run();
  } catch (e) {
    if (e instanceof UnknownFormatError) return e;
    throw e;
  }
  throw new Error('no refusal');
}

describe('createParser', () => {
  it('createParser() reads the core formats, as @podlens/parser reads them', () => {
    const core = createParser();
    expect(core.formatNames).toEqual(coreReaders.map((r) => r.name));
    expect(core.formatNames).not.toContain('markdown-yaml');
    expect(core.parse(webvtt, { fileName: 'a.vtt' })).toEqual(parse(webvtt, { fileName: 'a.vtt' }));
    expect(core.parse(markdownWithFrontMatter)).toEqual(parse(markdownWithFrontMatter));
    expect(core.detectFormat(markdownWithFrontMatter).name).toBe('markdown-transcript');
  });

  it('createParser() refuses a Markdown+YAML transcript, naming the reader to add, instead of reading the YAML as text', () => {
    const e = refusalOf(() => createParser().parse(yamlTranscript, { fileName: 'talk.md' }));
    expect(e.message).toMatch(
      /^talk\.md: Markdown with a YAML transcript \(YAML front matter with a transcript list\)/,
    );
    expect(e.message).toContain("import { markdownYaml } from '@podlens/parser/markdown-yaml'");
    expect(e.message).toContain('createParser([markdownYaml])');
    // One refusal per format of the parser, as for any input it does not read.
    expect(e.refusals.map((r) => r.format)).toEqual(createParser().formatNames);
    expect(new Set(e.refusals.map((r) => r.reason)).size).toBe(1);
    const none = refusalOf(() => createParser().parse('just some words'));
    expect(none.refusals.map((r) => r.format)).toEqual(createParser().formatNames);
    expect(refusalOf(() => createParser().detectFormat(yamlTranscript)).message).toBe(
      e.message.slice('talk.md: '.length),
    );
  });

  it("createParser() refuses the format forced by name or alias ('markdown-yaml', 'dtc'), naming the reader to add", () => {
    for (const format of ['markdown-yaml', 'dtc'] as const)
      expect(() => createParser().parse(yamlTranscript, { format })).toThrow(
        new RegExp(
          `^parse: the format '${format}' \\(Markdown with a YAML transcript\\) has no reader in this parser; add its reader: import \\{ markdownYaml \\}`,
        ),
      );
    expect(() => createParser().parse(webvtt, { format: 'vtx' as 'sbv' })).toThrow(
      /^parse: unknown format 'vtx' \(expected one of podcast-json, .*plain\)$/,
    );
  });

  it('createParser([markdownYaml]) is @podlens/parser: the same formats in the same order, the same results', () => {
    const every = createParser([markdownYaml]);
    expect(every.formats).toEqual(formats);
    expect(every.formatNames).toEqual(formatNames);
    expect(every.transcriptExtensions).toEqual(transcriptExtensions);
    for (const text of [yamlTranscript, webvtt, markdownWithFrontMatter])
      expect(every.parse(text, { fileName: 'x.md' })).toEqual(parse(text, { fileName: 'x.md' }));
    expect(every.parse(yamlTranscript).episode.format).toBe('markdown-yaml');
    expect(every.resolveFormatName('dtc')).toBe('markdown-yaml');
    expect(createParser().resolveFormatName('dtc')).toBeUndefined();
  });

  it('createParser(readers) tries the readers given before the core ones, and refuses a format given twice', () => {
    const sure = { ...markdownYaml, detect: () => ({ score: 0.5, reason: 'any text' }) };
    const reading = createParser([sure]);
    expect(reading.formatNames[0]).toBe('markdown-yaml');
    expect(reading.detectFormat('some words').name).toBe('markdown-yaml');
    expect(() => createParser([coreReaders[0]!])).toThrow(/^the reader of 'podcast-json' is given twice$/);
    expect(() => createParser([markdownYaml, markdownYaml])).toThrow(/'markdown-yaml' is given twice/);
  });

  it("the core's file endings are those of its readers: .md (Markdown transcripts), not .yaml", () => {
    const core = createParser();
    expect(core.transcriptExtensions).toContain('.md');
    expect(core.transcriptExtensions).not.toContain('.yaml');
    expect(core.formats.every((f) => f.name !== 'markdown-yaml')).toBe(true);
  });
});
