import { describe, expect, it } from 'vitest';
import { extractTerms } from './extract-terms.js';

describe('extractTerms', () => {
  it('extractTerms(text) keeps acronyms and multi-word terms, drops fillers and stage directions', () => {
    const hits = extractTerms('Yeah, basically MLOps is, you know, about open source tools [laughs] and CI/CD.');
    const keys = hits.map((h) => h.key);
    expect(keys).toContain('mlop');
    expect(keys).toContain('open sourc tool');
    expect(keys).toContain('open sourc');
    expect(keys).toContain('ci/cd');
    expect(keys).not.toContain('yeah');
    expect(keys).not.toContain('basic');
    expect(keys).not.toContain('laugh');
    expect(keys.some((k) => k.includes('tool ci/cd'))).toBe(false);
  });

  it('extractTerms(text) gives offsets into the text', () => {
    const text = 'We built a data lake.';
    const hit = extractTerms(text).find((h) => h.key === 'data lake')!;
    expect(text.slice(hit.offset, hit.offset + hit.length)).toBe('data lake');
    expect(hit.surface).toBe('data lake');
  });

  it('extractTerms(text) keys LLMs and LLM alike', () => {
    expect(extractTerms('LLMs').map((h) => h.key)).toEqual(extractTerms('LLM').map((h) => h.key));
  });
});
