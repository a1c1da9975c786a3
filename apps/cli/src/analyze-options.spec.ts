import { describe, expect, it } from 'vitest';
import { readAnalyzeOptions } from './analyze-options.js';
import { UsageError } from './usage-error.js';

describe('readAnalyzeOptions', () => {
  it('readAnalyzeOptions(argv) gives the defaults for what is not said', () => {
    expect(readAnalyzeOptions(['a.md'], { cores: 2 })).toEqual({
      inputs: ['a.md'],
      format: 'json',
      out: undefined,
      inputFormat: undefined,
      people: undefined,
      quiet: false,
      topics: 'auto',
      taxonomy: undefined,
      replaceTaxonomy: false,
      autoChapters: false,
      jobs: 2,
    });
  });

  it('readAnalyzeOptions(argv) reads every option, short and long', () => {
    const options = readAnalyzeOptions(
      [
        'a',
        'b',
        '-f',
        'csv',
        '-o',
        'x.csv',
        '--input-format',
        'srt',
        '--people',
        'p',
        '-q',
        '--topics',
        'discovered',
        '--taxonomy',
        't.json',
        '--replace-taxonomy',
        '--auto-chapters',
        '-j',
        '3',
      ],
      { cores: 2 },
    );
    expect(options).toEqual({
      inputs: ['a', 'b'],
      format: 'csv',
      out: 'x.csv',
      inputFormat: 'srt',
      people: 'p',
      quiet: true,
      topics: 'discovered',
      taxonomy: 't.json',
      replaceTaxonomy: true,
      autoChapters: true,
      jobs: 3,
    });
  });

  it("readAnalyzeOptions(argv) takes a format's alias for its name (--input-format dtc is markdown-yaml)", () => {
    expect(readAnalyzeOptions(['a', '--input-format', 'dtc'], { cores: 2 })).toMatchObject({
      inputFormat: 'markdown-yaml',
    });
    expect(readAnalyzeOptions(['a', '--input-format', 'markdown-yaml'], { cores: 2 })).toMatchObject({
      inputFormat: 'markdown-yaml',
    });
  });

  it('readAnalyzeOptions(argv) defaults --jobs to the cores, at most 64, and asks for help', () => {
    expect(readAnalyzeOptions(['a'], { cores: 128 })).toMatchObject({ jobs: 64 });
    expect(readAnalyzeOptions(['--help'], { cores: 2 })).toBe('help');
  });

  it('readAnalyzeOptions(argv) throws UsageError naming the bad option', () => {
    const error = (argv: string[]) => {
      try {
        readAnalyzeOptions(argv, { cores: 2 });
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
        return (e as Error).message;
      }
      return undefined;
    };
    expect(error(['a', '-f', 'xml'])).toMatch(/^unknown --format 'xml'/);
    expect(error(['a', '--input-format', 'vtx'])).toMatch(/^unknown --input-format 'vtx'/);
    expect(error([])).toBe('analyze: name at least one transcript file or folder');
    expect(error(['a', '--topics', 'magic'])).toMatch(/^unknown --topics 'magic'/);
    expect(error(['a', '-j', '1.5'])).toBe("--jobs takes a whole number from 1 to 64, got '1.5'");
    expect(error(['a', '-j', '0'])).toMatch(/^--jobs takes a whole number from 1 to 64/);
    expect(error(['a', '-j', '65'])).toMatch(/^--jobs takes a whole number from 1 to 64/);
  });
});
