import { describe, expect, it } from 'vitest';
import { frontMatterEnd, markdownYamlFormat } from './markdown-yaml-format.js';

describe('markdownYamlFormat', () => {
  it('markdownYamlFormat.detect(text) is sure of front matter with a transcript list, unsure without one', () => {
    expect(markdownYamlFormat.detect('---\ntranscript:\n- line: hi\n---\n').score).toBeGreaterThanOrEqual(0.9);
    expect(markdownYamlFormat.detect('---\ntitle: x\n---\n\ntext').score).toBe(0.3);
    expect(markdownYamlFormat.detect('---\ntranscript:\n- line: hi\n').reason).toMatch(/never closed/);
    expect(markdownYamlFormat.detect('# Title\n\ntext').score).toBe(0);
  });

  it('frontMatterEnd(text, from) finds the closing `---` line at its line break, CRLF included', () => {
    expect(frontMatterEnd('---\na: 1\n---\nrest', 4)).toBe(8);
    expect(frontMatterEnd('---\r\na: 1\r\n---  \r\nrest', 5)).toBe(9);
    expect(frontMatterEnd('---\na: 1\n----\n', 4)).toBe(-1);
  });
});
