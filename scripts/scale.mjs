// Scale check: grows the corpus to 1,000 and 10,000 episodes (scripts/grow-corpus.mjs) and times the CLI on each,
// with its peak resident memory (worker threads included). Writes bench/scale.json and bench/scale.md.
// Each size is run --runs times (min-max shown, the median kept); the CPU time of the whole process (user + system,
// worker threads included) is steadier than the wall time on a shared machine, and the load average is recorded.
// Usage: node scripts/scale.mjs [--sizes 1000,10000] [--dir /tmp/podlens-scale] [--runs 1]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    dir: { type: 'string', default: '/tmp/podlens-scale' },
    runs: { type: 'string', default: '1' },
  },
});
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
    const g = spawnSync(
      process.execPath,
      [join(root, 'scripts/grow-corpus.mjs'), '--from', source, '--count', String(size), '--out', dir],
      { stdio: 'inherit' },
    );
    if (g.status !== 0) process.exit(1);
  }
  // GNU time reports the peak RSS of the whole process, worker threads included, and its CPU time.
  const runs = [];
  for (let r = 0; r < Math.max(1, Number(values.runs)); r++) {
    const load = loadavg()[0];
    const run = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        '%e %U %S %M',
        process.execPath,
        join(root, 'apps/cli/dist/main.js'),
        'analyze',
        dir,
        '-f',
        'jsonl',
        '-q',
        '-o',
        '/dev/null',
      ],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) {
      console.error(run.stderr);
      process.exit(1);
    }
    const [seconds, user, system, kb] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
    runs.push({
      seconds,
      cpuSeconds: +(user + system).toFixed(2),
      peakRssMB: Math.round(kb / 1024),
      load: +load.toFixed(1),
    });
    console.log(
      `${size} episodes: ${seconds} s wall, ${(user + system).toFixed(1)} s CPU, peak RSS ${Math.round(kb / 1024)} MB (load ${load.toFixed(1)})`,
    );
  }
  const mid = (k) => [...runs.map((x) => x[k])].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  const span = (k) => `${Math.min(...runs.map((x) => x[k]))}-${Math.max(...runs.map((x) => x[k]))}`;
  const seconds = mid('seconds');
  rows.push({
    episodes: size,
    seconds,
    secondsRange: span('seconds'),
    cpuSeconds: mid('cpuSeconds'),
    cpuSecondsRange: span('cpuSeconds'),
    peakRssMB: Math.max(...runs.map((x) => x.peakRssMB)),
    load: span('load'),
    episodesPerSecond: Math.round(size / seconds),
    runs,
  });
}
const ratio = rows.length >= 2 ? +(rows[rows.length - 1].seconds / rows[0].seconds).toFixed(2) : null;
const cpuRatio = rows.length >= 2 ? +(rows[rows.length - 1].cpuSeconds / rows[0].cpuSeconds).toFixed(2) : null;
const result = { date: new Date().toISOString(), cores: availableParallelism(), rows, ratio, cpuRatio };
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/scale.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(
  join(root, 'bench/scale.md'),
  [
    `# podlens scale (${result.date.slice(0, 10)}, ${result.cores} cores)`,
    '',
    '| episodes | wall s (min-max) | CPU s (min-max) | peak RSS MB | episodes/s | load average |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.episodes} | ${r.seconds} (${r.secondsRange}) | ${r.cpuSeconds} (${r.cpuSecondsRange}) | ${r.peakRssMB} | ${r.episodesPerSecond} | ${r.load} |`,
    ),
    '',
    ratio
      ? `time(${rows[rows.length - 1].episodes}) / time(${rows[0].episodes}) = ${ratio} wall, ${cpuRatio} CPU (target <= 11); 10,000 target: <= 60 s wall, <= 1024 MB`
      : '',
    '',
  ].join('\n'),
);
if (ratio) console.log(`ratio ${ratio}`);
