// Scale check: grows the corpus to 1,000 and 10,000 episodes (scripts/grow-corpus.mjs) and times the CLI on each,
// with its peak resident memory (worker threads included). Writes bench/scale.json and bench/scale.md.
// Usage: node scripts/scale.mjs [--sizes 1000,10000] [--dir /tmp/podlens-scale]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, dir: { type: 'string', default: '/tmp/podlens-scale' } } });
const shared = process.env.PODLENS_SHARED ?? resolve(root, '../shared');
const source = join(shared, 'corpus', 'dtc');
if (!existsSync(source)) {
  console.log(`scale: ${source} is absent (set PODLENS_SHARED); nothing to measure`);
  process.exit(0);
}
const rows = [];
for (const size of values.sizes.split(',').map(Number)) {
  const dir = join(values.dir, String(size));
  if (!existsSync(dir) || readdirSync(dir).filter((f) => f.endsWith('.md')).length !== size) {
    const g = spawnSync(process.execPath, [join(root, 'scripts/grow-corpus.mjs'), '--from', source, '--count', String(size), '--out', dir], { stdio: 'inherit' });
    if (g.status !== 0) process.exit(1);
  }
  // GNU time reports the peak RSS of the whole process, worker threads included.
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, join(root, 'apps/cli/dist/main.js'), 'analyze', dir, '-f', 'jsonl', '-q', '-o', '/dev/null'], { encoding: 'utf8' });
  const [seconds, kb] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  rows.push({ episodes: size, seconds, peakRssMB: Math.round(kb / 1024), episodesPerSecond: Math.round(size / seconds) });
  console.log(`${size} episodes: ${seconds} s, peak RSS ${Math.round(kb / 1024)} MB, ${Math.round(size / seconds)} episodes/s`);
}
const ratio = rows.length >= 2 ? +(rows[rows.length - 1].seconds / rows[0].seconds).toFixed(2) : null;
const result = { date: new Date().toISOString(), cores: availableParallelism(), rows, ratio };
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/scale.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(
  join(root, 'bench/scale.md'),
  [`# podlens scale (${result.date.slice(0, 10)}, ${result.cores} cores)`, '', '| episodes | wall s | peak RSS MB | episodes/s |', '| ---: | ---: | ---: | ---: |', ...rows.map((r) => `| ${r.episodes} | ${r.seconds} | ${r.peakRssMB} | ${r.episodesPerSecond} |`), '', ratio ? `time(${rows[rows.length - 1].episodes}) / time(${rows[0].episodes}) = ${ratio}` : '', ''].join('\n'),
);
if (ratio) console.log(`ratio ${ratio}`);
