import { describe, expect, it } from 'vitest';
import { analyzingPage, indexingPage } from './analyzing-page.js';

describe('analyzingPage', () => {
  it('analyzingPage(progress) says how many files of how many are analyzed, and reloads itself', () => {
    const html = analyzingPage({ done: 1234, total: 10000 });
    expect(html).toContain('Analyzing 1,234 of 10,000 files');
    expect(html).toMatch(/<meta http-equiv="refresh" content="2">/);
    expect(html).toContain('role="status"');
  });

  it('analyzingPage(null) says the folder is being read (before the files are counted)', () => {
    expect(analyzingPage(null)).toContain('Reading the folder');
  });

  it('indexingPage(progress) says how many episodes of how many are indexed for search, and reloads itself', () => {
    const html = indexingPage({ done: 120, total: 10000 });
    expect(html).toContain('Indexing 120 of 10,000 episodes for search');
    expect(html).toContain('until search is ready');
    expect(html).toMatch(/<meta http-equiv="refresh" content="2">/);
  });
});
