import { describe, expect, it } from 'vitest';
import { unescapeMarkdown } from './unescape-markdown.js';

describe('unescapeMarkdown', () => {
  it('unescapeMarkdown(text) undoes backslash escapes of Markdown punctuation only', () => {
    expect(unescapeMarkdown('**Ann:** \\[01:46\\] so \\*bleep\\* it \\[laughter\\]')).toBe(
      '**Ann:** [01:46] so *bleep* it [laughter]',
    );
    expect(unescapeMarkdown('C:\\Users\\ann and \\\\ one')).toBe('C:\\Users\\ann and \\ one');
    expect(unescapeMarkdown('no escapes')).toBe('no escapes');
  });
});
