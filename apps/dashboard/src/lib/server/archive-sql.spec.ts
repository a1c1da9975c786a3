import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { EpisodeSummary } from '@podlens/parser';
import { describe, expect, it } from 'vitest';
import type { AnalyzedEpisode } from '../types.js';
import { corpusTopics, hostShares, topicTimeline } from './aggregate.js';

// The CLI's JSONL loaded into DuckDB: the SQL of README's "Beyond one machine" must give the archive figures the
// dashboard draws, as its own functions compute them from the same JSONL. The CLI is built first (turbo.json).
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../../..');
const main = join(root, 'apps/cli/dist/main.js');
const examples = join(root, 'examples');
const shared = process.env.PODLENS_SHARED ?? resolve(root, '../shared');
const dtc = join(shared, 'corpus', 'dtc');

/** `podlens analyze ...inputs -f jsonl` into a file; returns its path. */
function analyze(inputs: string[], out: string, ...options: string[]): string {
  const r = spawnSync(process.execPath, [main, 'analyze', ...inputs, '-f', 'jsonl', '-q', '-o', out, ...options], {
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return out;
}

async function query(jsonl: string, sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  try {
    await connection.run(
      `CREATE TABLE episodes AS SELECT * FROM read_json_auto('${jsonl.replace(/'/g, "''")}', format = 'newline_delimited')`,
    );
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    db.closeSync();
  }
}

// The SQL shown in README.md ("Beyond one machine"), kept here word for word.
const HOST_SHARE_PER_EPISODE = `
SELECT source, coalesce(title, source) AS title, date::VARCHAR AS date, list_filter(speakers, s -> s.role = 'host')[1].name AS host, hostShare
FROM episodes WHERE hostShare IS NOT NULL AND TRY_CAST(date AS DATE) IS NOT NULL ORDER BY source`;
const HOST_SHARE_PER_YEAR = `
SELECT year(TRY_CAST(date AS DATE)) AS year, count(*) AS episodes, avg(hostShare) AS hostShare
FROM episodes WHERE hostShare IS NOT NULL AND TRY_CAST(date AS DATE) IS NOT NULL GROUP BY year ORDER BY year`;
const TOPIC_SHARE_PER_QUARTER = `
WITH dated AS (SELECT source, TRY_CAST(date AS DATE) AS day, topics FROM episodes WHERE TRY_CAST(date AS DATE) IS NOT NULL),
scores AS (SELECT source, t.id AS topic, t.score AS score FROM episodes, unnest(topics) AS u(t)),
top AS (SELECT topic FROM scores GROUP BY topic ORDER BY sum(score) DESC, topic LIMIT 10),
quarters AS (SELECT source, year(day) || '-Q' || quarter(day) AS quarter FROM dated),
sizes AS (SELECT quarter, count(*) AS n FROM quarters GROUP BY quarter)
SELECT q.quarter, top.topic, round(coalesce(sum(s.score), 0) / any_value(sizes.n), 4) AS share
FROM quarters q JOIN sizes USING (quarter) CROSS JOIN top LEFT JOIN scores s ON s.source = q.source AND s.topic = top.topic
GROUP BY q.quarter, top.topic ORDER BY q.quarter, top.topic`;

/** The JSONL as the dashboard holds episodes: each summary with its host share. */
function asDashboardEpisodes(jsonl: string): AnalyzedEpisode[] {
  return readFileSync(jsonl, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as EpisodeSummary)
    .map((summary) => ({
      id: summary.source,
      file: summary.source,
      alternates: [],
      summary,
      hostShare: summary.hostShare,
      interactivity: summary.interactivity,
      windows: [],
      turns: [],
      speakerTopics: {},
    }));
}

async function expectDashboardFigures(jsonl: string): Promise<void> {
  const episodes = asDashboardEpisodes(jsonl);
  const perEpisode = hostShares(episodes).map((h) => ({
    source: h.id,
    title: h.title,
    date: h.date,
    host: h.host,
    hostShare: h.hostShare,
  }));
  perEpisode.sort((a, b) => (a.source < b.source ? -1 : 1));
  expect(perEpisode.length).toBeGreaterThan(0);
  expect(await query(jsonl, HOST_SHARE_PER_EPISODE)).toEqual(perEpisode);

  const years = new Map<number, number[]>();
  for (const h of perEpisode)
    years.set(new Date(h.date).getUTCFullYear(), [
      ...(years.get(new Date(h.date).getUTCFullYear()) ?? []),
      h.hostShare,
    ]);
  const perYear = await query(jsonl, HOST_SHARE_PER_YEAR);
  expect(perYear.map((r) => [Number(r.year), Number(r.episodes)])).toEqual(
    [...years].sort((a, b) => a[0] - b[0]).map(([y, xs]) => [y, xs.length]),
  );
  for (const r of perYear)
    expect(r.hostShare as number).toBeCloseTo(
      years.get(Number(r.year))!.reduce((s, x) => s + x, 0) / Number(r.episodes),
      12,
    );

  const topics = corpusTopics(episodes);
  const expected = topicTimeline(episodes, topics, 'quarter').flatMap((p) =>
    topics.map((t) => ({ quarter: p.label.split(' · ')[0], topic: t.id, share: p.values[t.id] ?? 0 })),
  );
  expected.sort((a, b) => (a.quarter + a.topic < b.quarter + b.topic ? -1 : 1));
  const rows = await query(jsonl, TOPIC_SHARE_PER_QUARTER);
  expect(rows.map((r) => [r.quarter, r.topic])).toEqual(expected.map((e) => [e.quarter, e.topic]));
  // Both round a mean to 4 digits, but sum in different orders: a mean on a half unit may round either way.
  rows.forEach((r, i) =>
    expect(Math.abs((r.share as number) - expected[i]!.share), `${r.quarter} ${r.topic}`).toBeLessThanOrEqual(
      1e-4 + 1e-9,
    ),
  );
}

describe("the CLI's JSONL in DuckDB", () => {
  it('host share per episode and year, and topic share per quarter, come out of SQL as the dashboard computes them (examples/)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podlens-duckdb-'));
    await expectDashboardFigures(analyze([examples], join(dir, 'examples.jsonl')));
  }, 120_000);

  it('shards analyzed apart and concatenated give each episode the figures of one run (--topics taxonomy)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podlens-duckdb-'));
    const files = readdirSync(examples)
      .filter((f) => f !== 'README.md')
      .sort()
      .map((f) => join(examples, f));
    const whole = readFileSync(analyze(files, join(dir, 'whole.jsonl'), '--topics', 'taxonomy'), 'utf8');
    const parts = [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)].map((shard, i) =>
      readFileSync(analyze(shard, join(dir, `part-${i}.jsonl`), '--topics', 'taxonomy'), 'utf8'),
    );
    writeFileSync(join(dir, 'all.jsonl'), parts.join(''));
    const figures = (jsonl: string) =>
      jsonl
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as EpisodeSummary)
        .map((e) => ({ source: e.source, speakers: e.speakers, hostShare: e.hostShare, topics: e.topics }))
        .sort((a, b) => (a.source < b.source ? -1 : 1));
    expect(figures(readFileSync(join(dir, 'all.jsonl'), 'utf8'))).toEqual(figures(whole));
    const count = await query(join(dir, 'all.jsonl'), 'SELECT count(*) AS n FROM episodes');
    expect(Number(count[0]!.n)).toBe(files.length);
  }, 120_000);

  it.skipIf(!existsSync(dtc))(
    'the same on the DTC corpus, dated over several years (needs ../shared)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'podlens-duckdb-'));
      await expectDashboardFigures(analyze([dtc], join(dir, 'dtc.jsonl')));
    },
    120_000,
  );
});
