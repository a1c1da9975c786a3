// Times the archive: index build, database size, search latency (p50/p95 over warm runs) and trend queries.
// Usage: node scripts/bench.mjs DIR [DIR...]   (after `pnpm build`; DIR: transcripts, e.g. a corpus grown by
// scripts/grow-corpus.mjs). Prints the figures; nothing is asserted, the machine's speed varies.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizeEpisode } from '@podlens/parser';
import { listTranscriptFiles, readTranscriptFile } from '@podlens/parser/node';
import { addEpisodes, openArchive, searchArchive, termTrends } from '../dist/index.js';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node scripts/bench.mjs DIR [DIR...]');
  process.exit(2);
}
const queries = ['"feature store"', 'kubernetes', '"machine learning"', 'mlops', 'kaggle', '"data engineering"', 'python', 'linkedin', '"open source"', 'career',
  '"deep learning"', 'spark', 'dbt', 'llm', '"data quality"', '"product manager"', 'recommender', '"a/b testing"', 'warehouse', 'startup'];
const { files } = await listTranscriptFiles(dirs);
const t0 = performance.now();
const entries = [];
for (const f of files) {
  const result = await readTranscriptFile(f);
  entries.push({ id: f, result, summary: summarizeEpisode(result, { source: f }) });
}
const parseMs = performance.now() - t0;
const dir = mkdtempSync(join(tmpdir(), 'podlens-archive-bench-'));
const file = join(dir, 'archive.db');
const db = openArchive(file);
const t1 = performance.now();
addEpisodes(db, entries);
const indexMs = performance.now() - t1;
db.pragma('wal_checkpoint(TRUNCATE)');
const size = statSync(file).size;
const times = [];
for (let round = 0; round < 6; round++) {
  for (const q of queries) {
    const t = performance.now();
    searchArchive(db, q);
    if (round > 0) times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
const trendTimes = [];
for (let round = 0; round < 4; round++) {
  const t = performance.now();
  termTrends(db, ['machine learning', 'llm', 'data engineering', 'kaggle', 'open source'], { period: 'quarter' });
  if (round > 0) trendTimes.push(performance.now() - t);
}
trendTimes.sort((a, b) => a - b);
db.close();
rmSync(dir, { recursive: true, force: true });
console.log(`episodes:                 ${files.length}`);
console.log(`parse (not the archive):  ${(parseMs / 1000).toFixed(1)} s`);
console.log(`index build:              ${(indexMs / 1000).toFixed(2)} s`);
console.log(`database size:            ${(size / 2 ** 20).toFixed(1)} MB`);
console.log(`search p50 / p95:         ${q(0.5).toFixed(1)} / ${q(0.95).toFixed(1)} ms  (${times.length} warm queries, ${queries.length} distinct)`);
console.log(`trends, 5 terms, median:  ${trendTimes[1].toFixed(1)} ms`);
