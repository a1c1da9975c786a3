import { describe, expect, it } from 'vitest';
import { scanTags } from './scan-tags.js';

describe('scanTags', () => {
  it('scanTags(html) gives tags and text with offsets; comments, doctype and script content skipped', () => {
    const html = '<!doctype html><!-- x --><P class="a">Hi <b>there</b></p><script>if (a<b) {}</script>';
    const tokens = scanTags(html);
    expect(tokens.map((t) => (t.kind === 'text' ? `"${t.text}"` : `${t.kind}:${t.name}`))).toEqual([
      'open:p',
      '"Hi "',
      'open:b',
      '"there"',
      'close:b',
      'close:p',
      'open:script',
      'close:script',
    ]);
    const p = tokens[0]!;
    expect(html.slice(p.start, p.end)).toBe('<P class="a">');
  });

  it('scanTags(text) keeps a lone `<` as text', () => {
    expect(scanTags('a < b and c<d').map((t) => t.kind)).toEqual(['text']);
  });

  it('scanTags(html) stays linear on runs of unclosed tags (no `>` ahead)', () => {
    const tokens = scanTags('<a "'.repeat(100_000));
    expect(tokens).toHaveLength(1);
  });
});
