import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built CLI under plain Node, as a user runs it; a loaded two-core machine needs the generous timeout.
const here = dirname(fileURLToPath(import.meta.url));
const main = resolve(here, '../dist/main.js');
const examples = resolve(here, '../../../examples');
const run = (...args: string[]) => spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
const slow = { timeout: 120_000 };

describe('podlens search and trends', () => {
  it('podlens search examples "feature store" lists the episodes that say it, hits in context', slow, () => {
    const r = run('search', examples, '"feature store"');
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as {
      total: number;
      episodes: {
        id: string;
        hitCount: number;
        hits: { speaker: string; start: number; sentence: string; marks: [number, number][] }[];
      }[];
    };
    // A plain scan of the example files, in any case and with the plural.
    const saying = readdirSync(examples).filter(
      (f) => !/^readme/i.test(f) && /feature[ -]stores?\b/i.test(readFileSync(join(examples, f), 'utf8')),
    );
    expect(result.episodes.map((e) => e.id.split('/').pop()).sort()).toEqual(saying.sort());
    for (const e of result.episodes)
      for (const h of e.hits)
        expect(h.marks.map(([s, t]) => h.sentence.slice(s, t).toLowerCase())).toContain('feature store');
    const md = run('search', examples, '"feature store"', '-f', 'md');
    expect(md.stdout).toMatch(/\*\*feature store\*\*/i);
    const csv = run('search', examples, '"feature store"', '-f', 'csv');
    expect(csv.stdout.split('\n')[0]).toBe('episode,title,date,speaker,start,sentence');
  });

  it(
    'podlens trends examples -t ... counts mentions per period; --db keeps the index and reindexes only changed files',
    slow,
    () => {
      const db = join(mkdtempSync(join(tmpdir(), 'podlens-archive-')), 'archive.db');
      const first = run('trends', examples, '-t', 'feature store', '-t', 'llm', '--period', 'year', '--db', db);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stderr).toMatch(/5 files in the archive, 5 \(re\)indexed/);
      const result = JSON.parse(first.stdout) as {
        period: string;
        terms: { term: string; total: number; points: { period: string; count: number }[] }[];
      };
      expect(result.period).toBe('year');
      expect(result.terms.map((t) => t.term)).toEqual(['feature store', 'llm']);
      expect(result.terms[0]!.total).toBeGreaterThan(0);
      const again = run('trends', examples, '-t', 'feature store', '-t', 'llm', '--period', 'year', '--db', db);
      expect(again.stderr).toMatch(/5 files in the archive, 0 \(re\)indexed/);
      expect(JSON.parse(again.stdout)).toEqual(result);
    },
  );

  it('podlens search and trends are usage errors without their arguments', slow, () => {
    for (const args of [
      ['search', examples],
      ['trends', examples],
      ['trends', examples, '-t', 'x', '--period', 'week'],
      ['search', examples, 'x', '-f', 'xml'],
    ]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^podlens: /);
    }
  });
});
