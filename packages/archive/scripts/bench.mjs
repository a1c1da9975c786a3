// Times the archive: index build, database size, search latency (p50/p95 over warm runs) and trend queries.
// Usage: node scripts/bench.mjs DIR [DIR...]   (after `pnpm build`; DIR: transcripts, e.g. a corpus grown by
// scripts/grow-corpus.mjs). Prints the figures; nothing is asserted, the machine's speed varies.
// --db FILE keeps the archive in FILE: a later run with the same FILE times the queries without building it again.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizeEpisode } from '@podlens/parser';
import { listTranscriptFiles, readTranscriptFile } from '@podlens/parser/node';
import { addEpisodes, openArchive, searchArchive, termTrends } from '../dist/index.js';

import { parseArgs } from 'node:util';

const { values: options, positionals: dirs } = parseArgs({
  options: { db: { type: 'string' } },
  allowPositionals: true,
});
if (dirs.length === 0) {
  console.error('usage: node scripts/bench.mjs DIR [DIR...]');
  process.exit(2);
}
const queries = [
  '"feature store"',
  'kubernetes',
  '"machine learning"',
  'mlops',
  'kaggle',
  '"data engineering"',
  'python',
  'linkedin',
  '"open source"',
  'career',
  '"deep learning"',
  'spark',
  'dbt',
  'llm',
  '"data quality"',
  '"product manager"',
  'recommender',
  '"a/b testing"',
  'warehouse',
  'startup',
];
const { files } = await listTranscriptFiles(dirs);
const dir = options.db ? undefined : mkdtempSync(join(tmpdir(), 'podlens-archive-bench-'));
const file = options.db ?? join(dir, 'archive.db');
const existed = existsSync(file);
const db = openArchive(file);
// An archive of another schema was emptied by openArchive: it is built again.
const reuse = existed && db.prepare('SELECT count(*) FROM episodes').pluck().get() > 0;
let parseMs = NaN;
let indexMs = NaN;
if (!reuse) {
  // Parsed and indexed in batches, as an app would: 10,000 parses at once do not fit in memory.
  for (let i = 0; i < files.length; i += 500) {
    const entries = [];
    const p0 = performance.now();
    for (const f of files.slice(i, i + 500)) {
      const result = await readTranscriptFile(f);
      entries.push({ id: f, result, summary: summarizeEpisode(result, { source: f }) });
    }
    const t1 = performance.now();
    addEpisodes(db, entries);
    indexMs = (Number.isNaN(indexMs) ? 0 : indexMs) + performance.now() - t1;
    parseMs = (Number.isNaN(parseMs) ? 0 : parseMs) + t1 - p0;
  }
}
db.pragma('wal_checkpoint(TRUNCATE)');
const size = statSync(file).size;
const times = [];
const cpuTimes = [];
const byQuery = queries.map(() => []);
for (let round = 0; round < 6; round++) {
  queries.forEach((q, i) => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    searchArchive(db, q);
    const used = process.cpuUsage(cpu);
    if (round > 0) {
      times.push(performance.now() - t);
      cpuTimes.push((used.user + used.system) / 1000);
      byQuery[i].push(performance.now() - t);
    }
  });
}
const perQuery = byQuery.map((xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const q = (p, xs = times) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const trendTimes = [];
for (let round = 0; round < 4; round++) {
  const t = performance.now();
  termTrends(db, ['machine learning', 'llm', 'data engineering', 'kaggle', 'open source'], { period: 'quarter' });
  if (round > 0) trendTimes.push(performance.now() - t);
}
trendTimes.sort((a, b) => a - b);
db.close();
if (dir) rmSync(dir, { recursive: true, force: true });
console.log(`episodes:                 ${files.length}${reuse ? ` (archive ${file} reused: not built again)` : ''}`);
const seconds = (ms, digits) =>
  Number.isFinite(ms) ? `${(ms / 1000).toFixed(digits)} s` : 'not run (the --db file was reused)';
console.log(`parse (not the archive):  ${seconds(parseMs, 1)}`);
console.log(`index build:              ${seconds(indexMs, 2)}`);
console.log(`database size:            ${(size / 2 ** 20).toFixed(1)} MB`);
console.log(
  `search p50 / p95:         ${q(0.5).toFixed(1)} / ${q(0.95).toFixed(1)} ms  (${times.length} warm queries, ${queries.length} distinct)`,
);
console.log(
  `search CPU p50 / p95:     ${q(0.5, cpuTimes).toFixed(1)} / ${q(0.95, cpuTimes).toFixed(1)} ms  (CPU time of the process: less moved by other load)`,
);
console.log(`search min / max:         ${times[0].toFixed(1)} / ${times[times.length - 1].toFixed(1)} ms`);
console.log(
  `trends, 5 terms, median:  ${trendTimes[1].toFixed(1)} ms  (min ${trendTimes[0].toFixed(1)}, max ${trendTimes[trendTimes.length - 1].toFixed(1)})`,
);
const slowest = new Map();
for (let i = 0; i < queries.length; i++) slowest.set(queries[i], perQuery[i]);
console.log(
  'slowest queries (median ms): ' +
    [...slowest]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', '),
);
