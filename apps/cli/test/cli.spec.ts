import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built CLI under plain Node, as a user runs it (vitest would hide ESM import problems).
const here = dirname(fileURLToPath(import.meta.url));
const main = resolve(here, '../dist/main.js');
const examples = resolve(here, '../../../examples');
// A spawn timeout below the test's (vitest.config.ts) turns a hang into a failed assertion that shows stderr.
const runWithin = (timeout: number, ...args: string[]) =>
  spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', timeout });
const run = (...args: string[]) => runWithin(110_000, ...args);

describe('podlens analyze', () => {
  it('podlens --help lists every format of the registry with its label and extensions', async () => {
    const { formats } = await import('@podlens/parser');
    const r = run('--help');
    expect(r.status, r.stderr).toBe(0);
    for (const f of formats) expect(r.stdout).toContain(`${f.label} (${f.extensions.join(', ')})`);
    // No podcast's name: the format once named after one (dtc, still accepted) is shown by its own name only.
    expect(r.stdout).not.toMatch(/\bdtc\b|DataTalks/i);
  });

  it('podlens --version prints the version of the package', () => {
    const { version } = JSON.parse(readFileSync(resolve(here, '../package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = run(flag);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(`podlens ${version}\n`);
    }
  });

  it('podlens analyze a Word document (.docx) reads its text, and --help names .docx', async () => {
    // The parser's test helper writes the .docx; imported by path, as it lies outside this package.
    const helper = resolve(here, '../../../packages/parser/test/make-docx.ts');
    const { makeDocx } = (await import(helper)) as { makeDocx: (paragraphs: string[]) => Uint8Array };
    const dir = mkdtempSync(join(tmpdir(), 'podlens-docx-'));
    writeFileSync(
      join(dir, 'rev.docx'),
      makeDocx([
        'Speaker 1 (00:00):',
        'Hello there, welcome.',
        'Speaker 2 (00:04):',
        'Hi, thanks.',
        'Speaker 1 (00:07):',
        'Bye.',
      ]),
    );
    const r = run('analyze', dir, '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    const [episode] = JSON.parse(r.stdout) as { format: string; speakers: { name: string }[] }[];
    expect(episode!.format).toBe('markdown-transcript');
    expect(episode!.speakers.map((s) => s.name).sort()).toEqual(['Speaker 1', 'Speaker 2']);
    expect(run('--help').stdout).toContain('.docx');
  });

  it('podlens analyze examples --format json prints the contract for every example', () => {
    const r = run('analyze', examples, '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    const episodes = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(episodes).toHaveLength(5);
    for (const e of episodes) {
      for (const key of [
        'source',
        'format',
        'title',
        'date',
        'durationSeconds',
        'speakers',
        'chapters',
        'keywords',
        'topics',
        'topicFlow',
        'diagnostics',
      ])
        expect(e).toHaveProperty(key);
      const speakers = e.speakers as { name: string; talkShare: number }[];
      expect(speakers.reduce((s, x) => s + x.talkShare, 0)).toBeCloseTo(1, 3);
      for (const s of speakers)
        for (const key of [
          'name',
          'role',
          'talkSeconds',
          'talkShare',
          'words',
          'turns',
          'longestMonologueSeconds',
          'questions',
          'wordsPerMinute',
        ])
          expect(s).toHaveProperty(key);
    }
    expect(new Set(episodes.map((e) => e.format))).toEqual(
      new Set(['markdown-yaml', 'webvtt', 'srt', 'podcast-json', 'plain']),
    );
    expect(episodes.find((e) => e.format === 'webvtt')!.speakers).toHaveLength(3);
    expect(episodes.find((e) => e.format === 'plain')!.timing).toBe('estimated');
  }, 120_000);

  it('podlens analyze --format csv writes a row per speaker to --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'podlens-')), 'speakers.csv');
    const r = run('analyze', examples, '-f', 'csv', '-o', out);
    expect(r.status, r.stderr).toBe(0);
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    expect(rows[0]).toMatch(/^source,format,title,date,durationSeconds,speaker,role,talkSeconds,talkShare/);
    expect(rows).toHaveLength(1 + 2 + 3 + 2 + 2 + 2);
  }, 120_000);

  it('podlens analyze exits 1 when a file fails, names it and still reports the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podlens-'));
    writeFileSync(join(dir, 'broken.txt'), 'just some words\nwith no speakers at all\n');
    const r = run('analyze', dir, join(examples, '2024-09-12-data-culture.srt'), '-f', 'jsonl');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('broken.txt: not a transcript in any known format');
    expect(r.stderr).toContain('plain:');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  }, 120_000);

  it('podlens analyze --jobs 2 (worker threads, each file parsed once) prints what --jobs 1 prints', () => {
    // Ten files: the pool starts at eight; all of them are sampled, so pass 1's parses are kept for pass 2.
    const dir = mkdtempSync(join(tmpdir(), 'podlens-jobs-'));
    const names = readdirSync(examples).filter((f) => f !== 'README.md');
    for (let i = 0; i < 10; i++)
      copyFileSync(join(examples, names[i % names.length]!), join(dir, `${i}-${names[i % names.length]}`));
    const one = run('analyze', dir, '-f', 'jsonl', '--jobs', '1', '--auto-chapters');
    const two = run('analyze', dir, '-f', 'jsonl', '--jobs', '2', '--auto-chapters');
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(one.stdout.trim().split('\n')).toHaveLength(10);
    expect(two.stdout).toBe(one.stdout);
  }, 240_000);

  it('podlens analyze --topics discovered --jobs 2 (numbers of topics tried on the worker threads) prints what --jobs 1 prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podlens-discovered-jobs-'));
    const names = readdirSync(examples).filter((f) => f !== 'README.md');
    for (let i = 0; i < 10; i++)
      copyFileSync(join(examples, names[i % names.length]!), join(dir, `${i}-${names[i % names.length]}`));
    const one = run('analyze', dir, '-f', 'jsonl', '--jobs', '1', '--topics', 'discovered');
    const two = run('analyze', dir, '-f', 'jsonl', '--jobs', '2', '--topics', 'discovered');
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(one.stdout).toContain('"discovered-1"');
    expect(two.stdout).toBe(one.stdout);
  }, 240_000);

  it('podlens analyze examples --topics discovered gives every episode topics found in the files themselves', () => {
    const r = run('analyze', examples, '--topics', 'discovered', '-f', 'jsonl');
    expect(r.status, r.stderr).toBe(0);
    const episodes = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { topics: { id: string; label: string; score: number }[]; topicFlow: unknown });
    expect(episodes).toHaveLength(5);
    for (const e of episodes) {
      for (const t of e.topics) expect(t.id).toMatch(/^discovered-\d+$/);
      if (e.topics.length) expect(e.topics.reduce((s, t) => s + t.score, 0)).toBeCloseTo(1, 2);
      expect(e).toHaveProperty('topicFlow');
    }
    expect(episodes.some((e) => e.topics.length > 0)).toBe(true);
  }, 120_000);

  it('podlens analyze ../shared/corpus/dtc --topics discovered labels topics by their phrases', (context) => {
    const dtc = resolve(here, '../../../../shared/corpus/dtc');
    if (!existsSync(dtc)) {
      console.warn(`skipped: ${dtc} is absent`);
      return context.skip();
    }
    // Written to a file: the 112 episodes' JSON outgrows spawnSync's output buffer.
    const out = join(mkdtempSync(join(tmpdir(), 'podlens-')), 'dtc.jsonl');
    // 112 episodes: 28 s measured at a load average of 12-15 on two cores, hence its own limit.
    const r = runWithin(290_000, 'analyze', dtc, '--topics', 'discovered', '-f', 'jsonl', '-q', '-o', out);
    expect(r.status, r.stderr).toBe(0);
    const episodes = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { topics: { id: string; label: string; score: number }[] });
    expect(episodes).toHaveLength(112);
    const ids = new Set(episodes.map((e) => e.topics[0]?.id));
    expect(ids.size).toBeGreaterThanOrEqual(4);
    for (const e of episodes) {
      expect(e.topics.length).toBeGreaterThan(0);
      expect(e.topics[0]!.label.length).toBeGreaterThan(0);
    }
  }, 300_000);

  it('podlens analyze FILE --topics discovered is a usage error: it needs several files', () => {
    const r = run('analyze', join(examples, '2024-09-12-data-culture.srt'), '--topics', 'discovered');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('needs a folder or several files');
    expect(run('analyze', examples, '--topics', 'found').stderr).toContain('combined or discovered');
  }, 120_000);

  it('podlens exits 2 on bad usage', () => {
    expect(run('analyze', examples, '--format', 'xml').status).toBe(2);
    expect(run('frobnicate').status).toBe(2);
    expect(run('analyze').status).toBe(2);
    expect(run('analyze', '/no/such/place').stderr).toContain('no such file or folder');
  }, 120_000);
});
