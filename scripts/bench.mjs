// `pnpm bench`: every stage timed in-process over ../shared/corpus (median of several runs, MB/s, episodes/s),
// the CLI's wall time on the corpus and on one file, and natural's own TfIdf over the same texts as a baseline.
// Writes bench/results.json and bench/results.md. Usage: node scripts/bench.mjs [--runs N] [--folder dtc] [--grown /tmp/podlens-scale]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, speakerBalance, summarizeEpisode } from '@podlens/parser';
import {
  indexTerms,
  autoChapters,
  buildCorpusStats,
  defaultTaxonomy,
  keywords,
  mapTag,
  termCounts,
  topicFlow,
  topics,
  trainTagClassifierOnTerms,
} from '@podlens/nlp';
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import { bundleSizes } from './bundle-size.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    folder: { type: 'string', default: 'dtc' },
    grown: { type: 'string', default: '/tmp/podlens-scale' },
    // Skips scripts/scale.mjs (the CLI on 1,000 and 10,000 grown episodes, about two minutes).
    'skip-scale': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const shared = process.env.PODLENS_SHARED ?? resolve(root, '../shared');
const dir = join(shared, 'corpus', values.folder);
if (!existsSync(dir)) {
  console.log(`bench: ${dir} is absent (set PODLENS_SHARED); nothing to measure`);
  process.exit(0);
}
const files = readdirSync(dir)
  .sort()
  .map((f) => ({ name: f, path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
const megabytes = files.reduce((s, f) => s + Buffer.byteLength(f.text), 0) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}`;
const loadBefore = loadavg()[0];

function timed(fn) {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const parseAll = () => files.map((f) => parse(f.text, { fileName: f.name }));
// Warm-up: the JIT and the lazily built tables.
{
  const warm = parseAll();
  const stats = buildCorpusStats(warm.map((r) => r.episode));
  for (const r of warm) {
    speakerBalance(r.episode);
    keywords(r.episode, { stats });
    topics(r.episode);
    topicFlow(r.episode);
    autoChapters(r.episode, { stats });
  }
}

const stages = {
  parse: [],
  'speaker balance': [],
  'text pipeline (tokens, stems, terms)': [],
  'corpus statistics': [],
  keywords: [],
  topics: [],
  'topic flow': [],
  'auto-chapters': [],
  'summary (JSON contract)': [],
};
const baseline = [];
for (let r = 0; r < runs; r++) {
  let results;
  stages.parse.push(
    timed(() => {
      results = parseAll();
    }),
  );
  const episodes = results.map((x) => x.episode);
  let stats;
  stages['speaker balance'].push(
    timed(() => {
      for (const e of episodes) speakerBalance(e);
    }),
  );
  stages['text pipeline (tokens, stems, terms)'].push(
    timed(() => {
      for (const e of episodes) indexTerms(e);
    }),
  );
  stages['corpus statistics'].push(
    timed(() => {
      stats = buildCorpusStats(episodes);
    }),
  );
  stages.keywords.push(
    timed(() => {
      for (const e of episodes) keywords(e, { stats, limit: 20 });
    }),
  );
  stages.topics.push(
    timed(() => {
      for (const e of episodes) topics(e);
    }),
  );
  stages['topic flow'].push(
    timed(() => {
      for (const e of episodes) topicFlow(e);
    }),
  );
  stages['auto-chapters'].push(
    timed(() => {
      for (const e of episodes) autoChapters(e, { stats });
    }),
  );
  stages['summary (JSON contract)'].push(
    timed(() => {
      for (const x of results) JSON.stringify(summarizeEpisode(x, { source: 'x' }));
    }),
  );
  // The naive baseline: natural's TfIdf over the same turn texts, top 20 terms per episode.
  const texts = episodes.map((e) => e.turns.map((t) => t.text).join('\n'));
  baseline.push(
    timed(() => {
      const tfidf = new TfIdf();
      for (const t of texts) tfidf.addDocument(t);
      for (let i = 0; i < texts.length; i++) tfidf.listTerms(i).slice(0, 20);
    }),
  );
}

const rows = Object.entries(stages).map(([stage, ms]) => {
  const m = median(ms);
  return {
    stage,
    medianMs: +m.toFixed(1),
    minMs: +Math.min(...ms).toFixed(1),
    maxMs: +Math.max(...ms).toFixed(1),
    mbPerSecond: +(megabytes / (m / 1000)).toFixed(1),
    episodesPerSecond: Math.round(files.length / (m / 1000)),
  };
});
const totalMs = rows.reduce((s, r) => s + r.medianMs, 0);
const nlpMs = rows
  .filter((r) => !['parse', 'speaker balance', 'summary (JSON contract)'].includes(r.stage))
  .reduce((s, r) => s + r.medianMs, 0);
const baselineMs = median(baseline);

// One ~1-hour episode, every stage, corpus statistics ready.
const hour = files
  .map((f) => ({ f, r: parse(f.text, { fileName: f.name }) }))
  .sort((a, b) => Math.abs(a.r.episode.durationSeconds - 3600) - Math.abs(b.r.episode.durationSeconds - 3600))[0];
const corpusStats = buildCorpusStats(parseAll().map((x) => x.episode));
const oneEpisode = [];
for (let r = 0; r < Math.max(10, runs * 4); r++) {
  oneEpisode.push(
    timed(() => {
      const x = parse(hour.f.text, { fileName: hour.f.name });
      speakerBalance(x.episode);
      keywords(x.episode, { stats: corpusStats });
      topics(x.episode);
      topicFlow(x.episode);
      autoChapters(x.episode, { stats: corpusStats });
      JSON.stringify(summarizeEpisode(x, { source: hour.f.name }));
    }),
  );
}

// The tag model as the CLI trains it (--topics auto on a tagged folder): the tagged episodes' term counts and
// taxonomy topics, repeated to the CLI's sample of 200 documents. Wall and CPU time (the CPU time is steadier
// on a shared machine).
const tagged = parseAll()
  .map((x) => x.episode)
  .map((e) => ({
    counts: termCounts(e),
    labels: [...new Set(e.meta.tags.map((t) => mapTag(t, defaultTaxonomy)).filter(Boolean))],
  }))
  .filter((d) => d.labels.length > 0);
const training = { wall: [], cpu: [] };
let tagModel;
if (tagged.length > 0) {
  const docs = Array.from({ length: 200 }, (_, i) => tagged[i % tagged.length]);
  trainTagClassifierOnTerms(docs);
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    tagModel = trainTagClassifierOnTerms(docs);
    const c = process.cpuUsage(c0);
    training.wall.push(performance.now() - t0);
    training.cpu.push((c.user + c.system) / 1000);
  }
}

// The CLI, as a user runs it: wall time, and where GNU time is at hand the CPU time of the whole process (worker
// threads included; steadier on a shared machine) and its peak RSS.
const cli = join(root, 'apps/cli/dist/main.js');
const gnuTime = existsSync('/usr/bin/time');
const runCli = (args, times = 3) => {
  const out = { wall: [], cpu: [], rssMB: [] };
  for (let r = 0; r < times; r++) {
    const command = [cli, 'analyze', ...args, '-f', 'jsonl', '-q', '-o', '/dev/null'];
    const t0 = performance.now();
    const p = gnuTime
      ? spawnSync('/usr/bin/time', ['-f', 'podlens-bench %U %S %M', process.execPath, ...command], { encoding: 'utf8' })
      : spawnSync(process.execPath, command, { encoding: 'utf8' });
    out.wall.push(performance.now() - t0);
    if (p.status !== 0) throw new Error(`podlens ${args.join(' ')} failed: ${p.stderr}`);
    const m = /podlens-bench ([\d.]+) ([\d.]+) (\d+)/.exec(p.stderr);
    if (m) {
      out.cpu.push((Number(m[1]) + Number(m[2])) * 1000);
      out.rssMB.push(Number(m[3]) / 1024);
    }
  }
  return out;
};
const wall = (args) => runCli(args).wall;
const cliCorpus = wall([dir]);
const cliOne = wall([hour.f.path]);
const cliCorpusMs = median(cliCorpus);
const cliOneMs = median(cliOne);
// Issue 11's folder: 198 DTC episodes grown from the corpus (scripts/grow-corpus.mjs, as scripts/scale.mjs makes them).
const grownDir = join(values.grown, '198');
if (!existsSync(grownDir) || readdirSync(grownDir).length !== 198)
  spawnSync(
    process.execPath,
    [
      join(root, 'scripts/grow-corpus.mjs'),
      '--from',
      join(shared, 'corpus', 'dtc'),
      '--count',
      '198',
      '--out',
      grownDir,
    ],
    { stdio: 'ignore' },
  );
const figure = (x, targetMs) => ({
  wallMs: Math.round(median(x.wall)),
  wallRangeMs: range(x.wall),
  cpuMs: x.cpu.length ? Math.round(median(x.cpu)) : null,
  cpuRangeMs: x.cpu.length ? range(x.cpu) : null,
  peakRssMB: x.rssMB.length ? Math.round(Math.max(...x.rssMB)) : null,
  targetMs,
  wallVersusTarget: +(median(x.wall) / targetMs).toFixed(2),
});
const grown = {
  default: figure(runCli([grownDir]), 3000),
  discovered: figure(runCli([grownDir, '--topics', 'discovered']), 4000),
};

// The optional peer: a scikit-learn pipeline (TF-IDF + NMF + topic flow, scripts/bench-sklearn.py) over the same
// 198 episodes, where python3 has scikit-learn. It is handed the parsed turns, so reading the files is not charged to it.
const sklearn = (() => {
  const probe = spawnSync('python3', ['-c', 'import sklearn'], { encoding: 'utf8' });
  if (probe.status !== 0) return { skipped: 'python3 with scikit-learn is not installed here' };
  const input = readdirSync(grownDir)
    .sort()
    .map((f) => {
      const { episode } = parse(readFileSync(join(grownDir, f), 'utf8'), { fileName: f });
      return JSON.stringify({ turns: episode.turns.map((t) => ({ start: t.start, text: t.text })) });
    })
    .join('\n');
  const seconds = [];
  for (let r = 0; r < 3; r++) {
    const p = spawnSync('python3', [join(root, 'scripts/bench-sklearn.py')], { input, encoding: 'utf8' });
    if (p.status !== 0) return { skipped: `scikit-learn pipeline failed: ${p.stderr.trim().split('\n').pop()}` };
    seconds.push(JSON.parse(p.stdout).seconds * 1000);
  }
  return {
    wallMs: Math.round(median(seconds)),
    wallRangeMs: range(seconds),
    versusCli: +(median(seconds) / grown.default.wallMs).toFixed(2),
  };
})();

// Scale: the CLI on 1,000 and 10,000 grown episodes (scripts/scale.mjs writes bench/scale.json and bench/scale.md).
if (!values['skip-scale'])
  spawnSync(process.execPath, [join(root, 'scripts/scale.mjs'), '--dir', values.grown], { stdio: 'inherit' });
const scale = existsSync(join(root, 'bench/scale.json'))
  ? JSON.parse(readFileSync(join(root, 'bench/scale.json'), 'utf8'))
  : null;

// What a browser app pays: the packages bundled by esbuild, gzipped (scripts/bundle-size.mjs).
const bundles = await bundleSizes();
const loadAfter = loadavg()[0];

const result = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    loadAverage: { before: +loadBefore.toFixed(1), after: +loadAfter.toFixed(1) },
  },
  corpus: { folder: values.folder, episodes: files.length, megabytes: +megabytes.toFixed(2) },
  runs,
  stages: rows,
  inProcessTotalMs: +totalMs.toFixed(1),
  nlpStagesMs: +nlpMs.toFixed(1),
  naiveTfIdfBaselineMs: +baselineMs.toFixed(1),
  naiveTfIdfBaselineRangeMs: range(baseline),
  nlpVersusBaseline: +(nlpMs / baselineMs).toFixed(2),
  oneHourEpisode: {
    file: hour.f.name,
    durationSeconds: Math.round(hour.r.episode.durationSeconds),
    medianMs: +median(oneEpisode).toFixed(1),
    rangeMs: range(oneEpisode),
    targetMs: 20,
  },
  cli: {
    corpusWallMs: Math.round(cliCorpusMs),
    corpusWallRangeMs: range(cliCorpus),
    oneFileWallMs: Math.round(cliOneMs),
    oneFileWallRangeMs: range(cliOne),
    grown198: grown,
  },
  scikitLearnPeer: sklearn,
  scale: scale && { date: scale.date, rows: scale.rows.map(({ runs, ...row }) => row), ratio: scale.ratio },
  tagModelTraining: tagModel
    ? {
        documents: 200,
        labels: tagModel.labels.length,
        features: tagModel.vocabulary.length,
        wallMs: +median(training.wall).toFixed(1),
        wallRangeMs: range(training.wall),
        cpuMs: +median(training.cpu).toFixed(1),
        cpuRangeMs: range(training.cpu),
        versusBaseline: +(median(training.wall) / baselineMs).toFixed(2),
        targetMs: 300,
      }
    : null,
  bundles: bundles.map((b) => ({
    name: b.name,
    minifiedBytes: b.minifiedBytes,
    gzipBytes: b.gzipBytes,
    targetKB: b.targetKB,
  })),
};

const md = [
  `# podlens benchmark (${result.date.slice(0, 10)})`,
  '',
  `${files.length} episodes of \`corpus/${values.folder}\` (${megabytes.toFixed(1)} MB), median of ${runs} runs, ${result.machine.cpus} × ${result.machine.cpu}, Node ${process.version}.`,
  `Load average ${result.machine.loadAverage.before} before, ${result.machine.loadAverage.after} after: on a shared machine the wall times are noisy (the min-max columns show how much); CPU times are steadier.`,
  '',
  '| stage | median ms | min-max ms | MB/s | episodes/s |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.stage} | ${r.medianMs} | ${r.minMs.toFixed(0)}-${r.maxMs.toFixed(0)} | ${r.mbPerSecond} | ${r.episodesPerSecond} |`,
  ),
  `| **every stage** | **${totalMs.toFixed(0)}** | | ${(megabytes / (totalMs / 1000)).toFixed(1)} | ${Math.round(files.length / (totalMs / 1000))} |`,
  '',
  `- NLP stages ${nlpMs.toFixed(0)} ms vs natural's TfIdf over the same texts (top 20 terms each) ${baselineMs.toFixed(0)} ms (${result.naiveTfIdfBaselineRangeMs}): ratio ${result.nlpVersusBaseline}.`,
  ...(result.tagModelTraining
    ? [
        `- Tag model training (${result.tagModelTraining.documents} documents, ${result.tagModelTraining.labels} labels, ${result.tagModelTraining.features} features): median ${result.tagModelTraining.wallMs} ms wall (${result.tagModelTraining.wallRangeMs}), ${result.tagModelTraining.cpuMs} ms CPU (${result.tagModelTraining.cpuRangeMs}); ratio to natural's TfIdf ${result.tagModelTraining.versusBaseline}; target <= ${result.tagModelTraining.targetMs} ms.`,
      ]
    : []),
  ...result.bundles.map(
    (b) =>
      `- Browser bundle, ${b.name}: ${(b.gzipBytes / 1024).toFixed(1)} KB gzipped (${(b.minifiedBytes / 1024).toFixed(1)} KB minified); target <= ${b.targetKB} KB, ratio ${(b.gzipBytes / 1024 / b.targetKB).toFixed(2)}.`,
  ),
  `- One ~1-hour episode (${hour.f.name}, ${Math.round(hour.r.episode.durationSeconds / 60)} min), parse + every stage: median ${result.oneHourEpisode.medianMs} ms (${result.oneHourEpisode.rangeMs}); target <= 20 ms, ratio ${(result.oneHourEpisode.medianMs / 20).toFixed(2)}.`,
  ...Object.entries(grown).map(
    ([name, g]) =>
      `- CLI on 198 grown DTC episodes, --topics ${name === 'default' ? 'auto' : name}: median ${g.wallMs} ms wall (${g.wallRangeMs}), target <= ${g.targetMs} ms, ratio ${g.wallVersusTarget}${g.cpuMs === null ? '' : `; ${g.cpuMs} ms CPU of the whole process (${g.cpuRangeMs}), peak RSS ${g.peakRssMB} MB`}.`,
  ),
  sklearn.skipped
    ? `- scikit-learn peer (TF-IDF + NMF + topic flow on the 198 episodes): skipped, ${sklearn.skipped}.`
    : `- scikit-learn peer (TF-IDF + NMF + topic flow on the 198 episodes, parsed turns handed to it): median ${sklearn.wallMs} ms (${sklearn.wallRangeMs}); ${sklearn.versusCli}x the CLI's whole default run.`,
  ...(scale
    ? [
        `- Scale (${scale.date.slice(0, 10)}${values['skip-scale'] ? ', an earlier run of scripts/scale.mjs' : ''}): ${scale.rows
          .map(
            (r) =>
              `${r.episodes} episodes ${r.seconds} s wall (${r.secondsRange}), ${r.cpuSeconds} s CPU, peak RSS ${r.peakRssMB} MB`,
          )
          .join('; ')}; t(largest)/t(smallest) ${scale.ratio} (targets: 10,000 <= 60 s and <= 1024 MB, ratio <= 11).`,
      ]
    : []),
  `- CLI wall time: the whole folder ${result.cli.corpusWallMs} ms (${result.cli.corpusWallRangeMs}); one file ${result.cli.oneFileWallMs} ms (${result.cli.oneFileWallRangeMs}).`,
  '',
].join('\n');
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(root, 'bench/results.md'), md);
console.log(md);
