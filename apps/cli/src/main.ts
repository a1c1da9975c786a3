#!/usr/bin/env node
// First: V8's tiering for a short run, set before any work and before the worker threads start.
import './jit-budget.js';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatNames, formats } from '@podlens/parser';
import { listTranscriptFiles, readPeople, TRANSCRIPT_EXTENSIONS } from '@podlens/parser/node';
import { defaultTaxonomy, loadTaxonomy, type Taxonomy } from '@podlens/nlp';
import cliProgress from 'cli-progress';
import { MAX_JOBS, readAnalyzeOptions, type AnalyzeOptions } from './analyze-options.js';
import { corpusSample, createRunner, gatherCorpusStatistics, type AnalyzeSettings } from '@podlens/nlp/node';
import { openOutput } from './open-output.js';
import { prepareOut } from './prepare-out.js';
import { serve } from './serve.js';
import { ArchiveUsageError, searchCommand, trendsCommand } from './archive-commands.js';
import { UsageError } from './usage-error.js';
import { writeSummaries, type Failure } from './write-summaries.js';

const USAGE = `podlens: podcast transcript analytics

Usage:
  podlens analyze <files|folders...> [options]
  podlens search <files|folders...> QUERY [--speaker NAME] [--person ID] [--from DATE] [--to DATE] [--topic ID] [--db FILE]
                                   every episode that says QUERY (words, "a phrase", -word), hits in context
  podlens trends <files|folders...> -t TERM [-t TERM...] [--period month|quarter|year] [--by-role] [--db FILE]
                                   mentions of each term per period, per 10,000 words spoken
  podlens serve [folder] [--port N] [--host H]   the dashboard on a folder (default: the repository's examples/)
  podlens --version                the version of this podlens

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
      --taxonomy FILE              a JSON taxonomy that extends the default one (or replaces it with --replace-taxonomy):
                                   { topics: [{ id, label, parent?, aliases?, terms: { "term": weight } }] }
      --auto-chapters              add chapters found from the text (origin "auto")
  -j, --jobs N                     worker threads, 1 to ${MAX_JOBS} (default: the number of cores, at most ${MAX_JOBS})
  -q, --quiet                      no progress bar
  -h, --help                       this help

Formats (detected from the content; folders are walked for ${TRANSCRIPT_EXTENSIONS.join(' ')}):
${formats.map((f) => `  ${f.name.padEnd(14)} ${f.label} (${f.extensions.join(', ')})`).join('\n')}

Exit codes: 0 every file parsed, 1 some files or folders failed (the rest are still reported), 2 bad usage
(nothing analyzed, nothing written: an unknown option, a path that cannot be read, a FIFO or device named as
input, an --out that is a folder, in a missing folder, or one of the inputs).`;

/** Files, people and taxonomy named on the command line, read; the settings every file is analyzed with; paths that could not be read. */
async function prepareRun(
  options: AnalyzeOptions,
): Promise<{ files: string[]; settings: AnalyzeSettings; unreadable: Failure[] }> {
  const listed = await listTranscriptFiles(options.inputs);
  // What the command line names must be readable; what a walk finds unreadable is a failed entry, and the rest goes on.
  const named = listed.failures.filter((f) => options.inputs.includes(f.path));
  if (named.length > 0)
    throw new UsageError(
      named
        .map((f) => `analyze: ${f.code === 'ENOENT' ? `no such file or folder: ${f.path}` : `${f.path}: ${f.reason}`}`)
        .join('\npodlens: '),
    );
  const files = listed.files;
  for (const s of listed.skipped) process.stderr.write(`podlens: skipped ${s.path}: ${s.reason}\n`);
  let people: Record<string, string> | undefined;
  try {
    people = options.people ? await readPeople(options.people) : undefined;
  } catch (e) {
    throw new UsageError(
      `--people ${options.people}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message}`,
    );
  }
  if (options.topics === 'discovered' && files.length < 2)
    throw new UsageError('--topics discovered needs a folder or several files to discover topics in');
  let taxonomy: Taxonomy | undefined;
  if (options.taxonomy) {
    try {
      // A FIFO or a device would be read without end.
      if (!(await stat(options.taxonomy)).isFile()) throw new Error('not a regular file');
      taxonomy = loadTaxonomy(
        JSON.parse(await readFile(options.taxonomy, 'utf8')),
        options.replaceTaxonomy ? {} : { extend: defaultTaxonomy },
      );
    } catch (e) {
      throw new UsageError(`--taxonomy ${options.taxonomy}: ${(e as Error).message}`);
    }
  }
  const method = options.topics === 'auto' ? 'taxonomy' : options.topics;
  return {
    files,
    settings: { inputFormat: options.inputFormat, people, taxonomy, method, autoChapters: options.autoChapters },
    unreadable: listed.failures.map((f) => ({ source: f.path, reason: f.reason })),
  };
}

function progressBar(files: number, quiet: boolean): cliProgress.SingleBar | undefined {
  if (quiet || files <= 3 || !process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'analyzing {bar} {value}/{total} files | {eta_formatted} left | {file}',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(files, 0, { file: '' });
  return bar;
}

function reportOutcome(files: readonly string[], failures: readonly Failure[], unreadable: number): number {
  for (const f of failures) process.stderr.write(`podlens: ${f.source}: ${f.reason.replace(/\n/g, '\n  ')}\n`);
  const failedFiles = failures.length - unreadable;
  if (files.length > 1 || failures.length > 0)
    process.stderr.write(
      `podlens: ${files.length - failedFiles} of ${files.length} file${files.length === 1 ? '' : 's'} analyzed${failedFiles ? `, ${failedFiles} failed` : ''}${unreadable ? `; ${unreadable} path${unreadable === 1 ? '' : 's'} could not be read` : ''}\n`,
    );
  return failures.length > 0 ? 1 : 0;
}

/** `podlens analyze`: options -> files and settings -> pass 1 (corpus statistics) -> pass 2 (every summary, in order) -> report. */
async function analyze(argv: string[]): Promise<number> {
  const options = readAnalyzeOptions(argv, { cores: availableParallelism() });
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { files, settings, unreadable } = await prepareRun(options);
  // Checked and opened before any analysis: a temporary file beside it, renamed at the end, so that --out never holds half a report.
  const output = openOutput(
    options.out === undefined
      ? undefined
      : { path: options.out, target: await prepareOut(options.out, { inputs: options.inputs, files }) },
  );
  const bar = progressBar(files.length, options.quiet);
  const runner = createRunner(settings, {
    jobs: options.jobs,
    files: files.length,
    workerUrl: new URL('./worker.js', import.meta.url),
  });
  let failures: Failure[];
  try {
    const sampled = corpusSample(files).length;
    bar?.setTotal(sampled + files.length);
    const pass1 = await gatherCorpusStatistics(files, {
      runner,
      settings,
      topics: options.topics,
      onFile: () => bar?.increment(1, { file: 'corpus statistics' }),
    });
    if (pass1.undiscovered !== undefined && !options.quiet)
      process.stderr.write(
        `podlens: --topics discovered: no topics found in ${pass1.undiscovered} files (too little text to cluster)\n`,
      );
    const { method, model } = pass1.settings;
    if (method !== 'taxonomy' && method !== 'discovered' && !model)
      throw new UsageError(`--topics ${method}: the files carry no tags that map onto the taxonomy to learn from`);
    if (sampled > 0) await runner.update(pass1.settings);
    failures = [
      ...unreadable,
      ...(await writeSummaries(files, {
        runner,
        format: options.format,
        output,
        holders: pass1.holders,
        onFile: (file) => bar?.increment(1, { file: file.length > 40 ? `...${file.slice(-37)}` : file }),
      })),
    ];
  } finally {
    await runner.close();
    bar?.stop();
  }
  await output.close();
  return reportOutcome(files, failures, unreadable.length);
}

async function serveCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', short: 'p', default: process.env.PORT ?? '5173' },
      host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`serve: --port takes a port number, got '${values.port}'`);
  if (positionals.length > 1) throw new UsageError('serve: name one corpus folder');
  const corpus = resolve(
    positionals[0] ??
      process.env.PODLENS_CORPUS ??
      resolve(dirname(fileURLToPath(import.meta.url)), '../../../examples'),
  );
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
    if (command === '--version' || command === '-V' || command === 'version') {
      const pkg = JSON.parse(
        await readFile(resolve(dirname(fileURLToPath(import.meta.url)), '../package.json'), 'utf8'),
      ) as { version: string };
      process.stdout.write(`podlens ${pkg.version}\n`);
      return 0;
    }
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command '${command}'`);
  } catch (e) {
    if (
      e instanceof UsageError ||
      e instanceof ArchiveUsageError ||
      (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
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
