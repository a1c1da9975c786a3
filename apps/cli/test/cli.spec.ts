import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built CLI under plain Node, as a user runs it (vitest would hide ESM import problems).
const here = dirname(fileURLToPath(import.meta.url));
const main = resolve(here, '../dist/main.js');
const examples = resolve(here, '../../../examples');
const run = (...args: string[]) => spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });

describe('podlens analyze', () => {
  it('podlens analyze examples --format json prints the contract for every example', () => {
    const r = run('analyze', examples, '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    const episodes = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(episodes).toHaveLength(5);
    for (const e of episodes) {
      for (const key of ['source', 'format', 'title', 'date', 'durationSeconds', 'speakers', 'chapters', 'keywords', 'topics', 'topicFlow', 'diagnostics']) expect(e).toHaveProperty(key);
      const speakers = e.speakers as { name: string; talkShare: number }[];
      expect(speakers.reduce((s, x) => s + x.talkShare, 0)).toBeCloseTo(1, 3);
      for (const s of speakers)
        for (const key of ['name', 'role', 'talkSeconds', 'talkShare', 'words', 'turns', 'longestMonologueSeconds', 'questions', 'wordsPerMinute']) expect(s).toHaveProperty(key);
    }
    expect(new Set(episodes.map((e) => e.format))).toEqual(new Set(['dtc', 'webvtt', 'srt', 'podcast-json', 'plain']));
    expect(episodes.find((e) => e.format === 'webvtt')!.speakers).toHaveLength(3);
    expect(episodes.find((e) => e.format === 'plain')!.timing).toBe('estimated');
  });

  it('podlens analyze --format csv writes a row per speaker to --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'podlens-')), 'speakers.csv');
    const r = run('analyze', examples, '-f', 'csv', '-o', out);
    expect(r.status, r.stderr).toBe(0);
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    expect(rows[0]).toMatch(/^source,format,title,date,durationSeconds,speaker,role,talkSeconds,talkShare/);
    expect(rows).toHaveLength(1 + 2 + 3 + 2 + 2 + 2);
  });

  it('podlens analyze exits 1 when a file fails, names it and still reports the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podlens-'));
    writeFileSync(join(dir, 'broken.txt'), 'just some words\nwith no speakers at all\n');
    const r = run('analyze', dir, join(examples, '2024-09-12-data-culture.srt'), '-f', 'jsonl');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('broken.txt: not a transcript in any known format');
    expect(r.stderr).toContain('plain:');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('podlens exits 2 on bad usage', () => {
    expect(run('analyze', examples, '--format', 'xml').status).toBe(2);
    expect(run('frobnicate').status).toBe(2);
    expect(run('analyze').status).toBe(2);
    expect(run('analyze', '/no/such/place').stderr).toContain('no such file or folder');
  });
});
