#!/usr/bin/env node
import { createWriteStream, type WriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatNames, type FormatName } from '@podlens/parser';
import { listTranscriptFiles, readPeople } from '@podlens/parser/node';
import { defaultTaxonomy, discoverTopics, loadTaxonomy, trainTagClassifierOnTerms, type LabelledTerms, type Taxonomy, type TopicMethod } from '@podlens/nlp';
import type { Episode } from '@podlens/parser';
import { availableParallelism } from 'node:os';
import { analyzeFile, fileTerms, parseFile, StatsBuilder, type AnalyzeSettings, type FileTerms, type Outcome } from './analyze-file.js';
import { evenSample, forEachInOrder } from './in-order.js';
import { Pool } from './pool.js';
import { serve } from './serve.js';
import { ArchiveUsageError, searchCommand, trendsCommand } from './archive-commands.js';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFile, stat } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { csvHeader, OUTPUT_FORMATS, renderSummary, type OutputFormat } from './render.js';
import { prepareOut } from './prepare-out.js';
import { UsageError } from './usage-error.js';

const MAX_JOBS = 64;

const USAGE = `podlens: podcast transcript analytics

Usage:
  podlens analyze <files|folders...> [options]
  podlens search <files|folders...> QUERY [--speaker NAME] [--person ID] [--from DATE] [--to DATE] [--topic ID] [--db FILE]
                                   every episode that says QUERY (words, "a phrase", -word), hits in context
  podlens trends <files|folders...> -t TERM [-t TERM...] [--period month|quarter|year] [--by-role] [--db FILE]
                                   mentions of each term per period, per 10,000 words spoken
  podlens serve [folder] [--port N] [--host H]   the dashboard on a folder (default: the repository's examples/)

Options:
  -f, --format json|jsonl|csv|md   output format (default: json)
  -o, --out FILE                   write to FILE instead of standard output
      --input-format NAME          read every file as NAME (${formatNames.join(', ')}); default: detect
      --people DIR                 a folder of people profiles, for guests' full names
      --topics auto|taxonomy|learned|combined|discovered
                                   topic method; learned and combined train a model on the files' own tags
                                   (mapped onto the taxonomy); auto (default) is combined where at least 10
                                   of the files carry such tags, else taxonomy; discovered clusters the files'
                                   segments into topics found in the input itself, labelled by their top
                                   phrases (needs several files; the topic flow stays on the taxonomy)
      --taxonomy FILE              a JSON taxonomy that extends the default one (or replaces it with --replace-taxonomy)
      --auto-chapters              add chapters found from the text (origin "auto")
  -j, --jobs N                     worker threads, 1 to ${MAX_JOBS} (default: the number of cores, at most ${MAX_JOBS})
  -q, --quiet                      no progress bar
  -h, --help                       this help

Exit codes: 0 every file parsed, 1 some files or folders failed (the rest are still reported), 2 bad usage
(nothing analysed, nothing written: an unknown option, a path that cannot be read, a FIFO or device named as
input, an --out that is a folder, in a missing folder, or one of the inputs).`;

/** Keyword statistics come from at most this many files, spread over the input. */
const SAMPLE = 500;
/** The tag model of --topics auto|learned|combined learns from at most this many of those files. */
const TRAIN_SAMPLE = 200;

interface Failure {
  source: string;
  reason: string;
}

async function analyze(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'json' },
      out: { type: 'string', short: 'o' },
      'input-format': { type: 'string' },
      people: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      topics: { type: 'string', default: 'auto' },
      taxonomy: { type: 'string' },
      'replace-taxonomy': { type: 'boolean', default: false },
      'auto-chapters': { type: 'boolean', default: false },
      jobs: { type: 'string', short: 'j' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`unknown --format '${values.format}' (expected one of ${OUTPUT_FORMATS.join(', ')})`);
  const inputFormat = values['input-format'] as FormatName | undefined;
  if (inputFormat !== undefined && !formatNames.includes(inputFormat)) throw new UsageError(`unknown --input-format '${inputFormat}' (expected one of ${formatNames.join(', ')})`);
  if (positionals.length === 0) throw new UsageError('analyze: name at least one transcript file or folder');
  const jobs = values.jobs === undefined ? Math.min(availableParallelism(), MAX_JOBS) : Number(values.jobs);
  if (!/^\d+$/.test(values.jobs ?? '1') || jobs < 1 || jobs > MAX_JOBS) throw new UsageError(`--jobs takes a whole number from 1 to ${MAX_JOBS}, got '${values.jobs}'`);
  const requested = values.topics as TopicMethod | 'auto' | 'discovered';
  if (!['auto', 'taxonomy', 'learned', 'combined', 'discovered'].includes(requested))
    throw new UsageError(`unknown --topics '${values.topics}' (expected auto, taxonomy, learned, combined or discovered)`);

  const listed = await listTranscriptFiles(positionals);
  // What the command line names must be readable; what a walk finds unreadable is a failed entry, and the rest goes on.
  const named = listed.failures.filter((f) => positionals.includes(f.path));
  if (named.length > 0) throw new UsageError(named.map((f) => `analyze: ${f.code === 'ENOENT' ? `no such file or folder: ${f.path}` : `${f.path}: ${f.reason}`}`).join('\npodlens: '));
  const files = listed.files;
  const failures: Failure[] = listed.failures.map((f) => ({ source: f.path, reason: f.reason }));
  for (const s of listed.skipped) process.stderr.write(`podlens: skipped ${s.path}: ${s.reason}\n`);
  let people: Record<string, string> | undefined;
  try {
    people = values.people ? await readPeople(values.people) : undefined;
  } catch (e) {
    throw new UsageError(`--people ${values.people}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message}`);
  }
  if (requested === 'discovered' && files.length < 2) throw new UsageError('--topics discovered needs a folder or several files to discover topics in');
  let taxonomy: Taxonomy | undefined;
  if (values.taxonomy) {
    try {
      // A FIFO or a device would be read without end.
      if (!(await stat(values.taxonomy)).isFile()) throw new Error('not a regular file');
      taxonomy = loadTaxonomy(JSON.parse(await readFile(values.taxonomy, 'utf8')), values['replace-taxonomy'] ? {} : { extend: defaultTaxonomy });
    } catch (e) {
      throw new UsageError(`--taxonomy ${values.taxonomy}: ${(e as Error).message}`);
    }
  }

  // Checked and opened before any analysis: a temporary file beside it, renamed at the end, so that --out never holds half a report.
  const target = values.out === undefined ? undefined : await prepareOut(values.out, { inputs: positionals, files });
  const out: NodeJS.WritableStream = target ? createWriteStream(target.tmp ?? values.out!, { fd: target.fd }) : process.stdout;
  let streamError: Error | undefined;
  out.on('error', (e: Error) => {
    streamError = e;
  });
  const write = (s: string) =>
    new Promise<void>((resolve, reject) => {
      if (streamError) return reject(streamError);
      if (out.write(s)) resolve();
      else out.once('drain', () => resolve());
    });

  let first = true;
  const bar =
    !values.quiet && files.length > 3 && process.stderr.isTTY
      ? new cliProgress.SingleBar({ stream: process.stderr, format: 'analysing {bar} {value}/{total} files | {eta_formatted} left | {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
      : undefined;
  bar?.start(files.length, 0, { file: '' });

  const learns = requested === 'auto' || requested === 'learned' || requested === 'combined';
  const settings: AnalyzeSettings = { inputFormat, people, taxonomy, method: requested === 'auto' ? 'taxonomy' : requested, autoChapters: values['auto-chapters'] };
  const pool = jobs > 1 && files.length >= 8 ? new Pool(Math.min(jobs, files.length), settings) : undefined;
  try {
    // Pass 1: corpus statistics for keywords (and the tag model for --topics auto|learned|combined) from up to SAMPLE files
    // spread evenly over the input; a single file is weighed against the built-in background model.
    const sample = files.length > 1 ? evenSample(files, SAMPLE) : [];
    bar?.setTotal(sample.length + files.length);
    if (sample.length > 0) {
      const stats = new StatsBuilder();
      // A model is trained only where one is asked for (or auto finds enough tagged files): then term counts are kept.
      const docs: LabelledTerms[] = [];
      // --topics discovered: the sample's episodes, parsed here (while the workers count terms) and clustered below.
      const discover = requested === 'discovered';
      const sampleEpisodes: Episode[] = [];
      await forEachInOrder(
        sample,
        pool ? jobs * 4 : 1,
        async (file) => {
          const part = pool ? ((await pool.run({ kind: 'stats', file })) as FileTerms | undefined) : await fileTerms(file, settings);
          const parsed = discover ? await parseFile(file, settings) : undefined;
          return { part, episode: parsed?.ok ? parsed.value.episode : undefined };
        },
        ({ part, episode }) => {
          if (part) {
            stats.add(part.counts.keys());
            if (learns && part.labels.length > 0) docs.push(part);
          }
          if (episode) sampleEpisodes.push(episode);
          bar?.increment(1, { file: 'corpus statistics' });
        },
      );
      if (discover) {
        const found = discoverTopics(sampleEpisodes);
        settings.discovered = found.model;
        if (!values.quiet && found.topics.length === 0) process.stderr.write(`podlens: --topics discovered: no topics found in ${sampleEpisodes.length} files (too little text to cluster)\n`);
      }
      if (stats.count > 1) settings.stats = stats.build();
      if (requested === 'auto' && docs.length >= 10) settings.method = 'combined';
      // Training time grows with the documents (about 27 ms each on the DTC corpus); 200 spread over the input keep it to seconds.
      if (settings.method !== 'taxonomy' && docs.length > 0) settings.model = trainTagClassifierOnTerms(evenSample(docs, TRAIN_SAMPLE));
      await pool?.broadcast({ kind: 'settings', settings });
    }
    if (settings.method !== 'taxonomy' && settings.method !== 'discovered' && !settings.model) throw new UsageError(`--topics ${settings.method}: the files carry no tags that map onto the taxonomy to learn from`);
    // Only now, with every usage check passed, does anything reach the output.
    if (format === 'json') await write('[');
    if (format === 'csv') await write(csvHeader());

    // Pass 2: every file, analysed in parallel and written in input order as it comes.
    await forEachInOrder(files, pool ? jobs * 4 : 1, async (file) => {
      if (pool) return (await pool.run({ kind: 'analyze', file, format })) as Outcome<string>;
      const outcome = await analyzeFile(file, settings);
      return outcome.ok ? { ok: true as const, value: renderSummary(outcome.value, format) } : outcome;
    }, async (outcome, file) => {
      bar?.increment(1, { file: file.length > 40 ? `...${file.slice(-37)}` : file });
      if (!outcome.ok) {
        failures.push({ source: file, reason: outcome.reason });
        return;
      }
      await write(format === 'json' ? `${first ? '\n' : ',\n'}${outcome.value}` : outcome.value);
      first = false;
    });
  } finally {
    await pool?.close();
    bar?.stop();
  }
  if (format === 'json') await write(first ? ']\n' : '\n]\n');
  if (target) {
    await new Promise<void>((resolve, reject) => (out as WriteStream).end((err?: Error | null) => (err ? reject(err) : resolve())));
    await target.commit();
  }
  for (const f of failures) process.stderr.write(`podlens: ${f.source}: ${f.reason.replace(/\n/g, '\n  ')}\n`);
  const failedFiles = failures.length - listed.failures.length;
  if (files.length > 1 || failures.length > 0)
    process.stderr.write(
      `podlens: ${files.length - failedFiles} of ${files.length} file${files.length === 1 ? '' : 's'} analysed${failedFiles ? `, ${failedFiles} failed` : ''}${listed.failures.length ? `; ${listed.failures.length} path${listed.failures.length === 1 ? '' : 's'} could not be read` : ''}\n`,
    );
  return failures.length > 0 ? 1 : 0;
}

async function serveCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { port: { type: 'string', short: 'p', default: process.env.PORT ?? '5173' }, host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`serve: --port takes a port number, got '${values.port}'`);
  if (positionals.length > 1) throw new UsageError('serve: name one corpus folder');
  const corpus = resolve(positionals[0] ?? process.env.PODLENS_CORPUS ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../examples'));
  try {
    return await serve({ corpus, port, host: values.host });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'analyze' || command === 'analyse') return await analyze(rest);
    if (command === 'serve') return await serveCommand(rest);
    if (command === 'search') return await searchCommand(rest);
    if (command === 'trends') return await trendsCommand(rest);
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command '${command}'`);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ArchiveUsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`podlens: ${(e as Error).message}\nRun 'podlens --help' for usage.\n`);
      return 2;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`podlens: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 3;
  },
);
