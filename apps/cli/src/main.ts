#!/usr/bin/env node
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { summarizeEpisode, formatNames, UnknownFormatError, type EpisodeSummary, type FormatName } from '@podlens/parser';
import { listTranscriptFiles, readPeople, readTranscriptFile, type FileParseResult } from '@podlens/parser/node';
import { buildCorpusStats, defaultTaxonomy, enrichSummary, loadTaxonomy, trainTagClassifier, type Taxonomy, type TopicMethod } from '@podlens/nlp';
import { readFile } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { csvHeader, csvRows, markdown, OUTPUT_FORMATS, type OutputFormat } from './render.js';

const USAGE = `podlens: podcast transcript analytics

Usage:
  podlens analyze <files|folders...> [options]

Options:
  -f, --format json|jsonl|csv|md   output format (default: json)
  -o, --out FILE                   write to FILE instead of standard output
      --input-format NAME          read every file as NAME (${formatNames.join(', ')}); default: detect
      --people DIR                 a folder of people profiles, for guests' full names
      --topics taxonomy|learned    topic method (default: taxonomy; learned trains on the files' own tags)
      --taxonomy FILE              a JSON taxonomy that extends the default one (or replaces it with --replace-taxonomy)
      --auto-chapters              add chapters found from the text (origin "auto")
  -q, --quiet                      no progress bar
  -h, --help                       this help

Exit codes: 0 every file parsed, 1 some files failed (the rest are still reported), 2 bad usage.`;

class UsageError extends Error {}

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
      topics: { type: 'string', default: 'taxonomy' },
      taxonomy: { type: 'string' },
      'replace-taxonomy': { type: 'boolean', default: false },
      'auto-chapters': { type: 'boolean', default: false },
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

  let files: string[];
  try {
    files = await listTranscriptFiles(positionals);
  } catch (e) {
    throw new UsageError(`analyze: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file or folder: ${(e as NodeJS.ErrnoException).path}` : (e as Error).message}`);
  }
  const people = values.people ? await readPeople(values.people) : undefined;
  const method = values.topics as TopicMethod;
  if (!['taxonomy', 'learned'].includes(method)) throw new UsageError(`unknown --topics '${values.topics}' (expected taxonomy or learned)`);
  let taxonomy: Taxonomy | undefined;
  if (values.taxonomy) {
    try {
      taxonomy = loadTaxonomy(JSON.parse(await readFile(values.taxonomy, 'utf8')), values['replace-taxonomy'] ? {} : { extend: defaultTaxonomy });
    } catch (e) {
      throw new UsageError(`--taxonomy ${values.taxonomy}: ${(e as Error).message}`);
    }
  }

  // Written to a temporary file and renamed at the end, so that --out never holds half a report.
  const tmp = values.out ? `${values.out}.${process.pid}.tmp` : undefined;
  const out: NodeJS.WritableStream = tmp ? createWriteStream(tmp) : process.stdout;
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

  const bar =
    !values.quiet && files.length > 3 && process.stderr.isTTY
      ? new cliProgress.SingleBar({ stream: process.stderr, format: 'analysing {bar} {value}/{total} files | {eta_formatted} left | {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
      : undefined;
  bar?.start(files.length, 0, { file: '' });

  const failures: Failure[] = [];
  const parsed: FileParseResult[] = [];
  for (const file of files) {
    bar?.increment(0, { file: file.length > 40 ? `...${file.slice(-37)}` : file });
    try {
      const result = await readTranscriptFile(file, { format: inputFormat, people });
      const fatal = result.diagnostics.find((d) => d.severity === 'error');
      if (fatal && result.episode.turns.length === 0 && result.episode.chapters.length === 0) throw new Error(fatal.message);
      parsed.push(result);
    } catch (e) {
      const reason = e instanceof UnknownFormatError ? e.message.replace(`${file}: `, '') : (e as Error).message;
      failures.push({ source: file, reason });
    }
    bar?.increment(1);
  }
  bar?.stop();

  // Keywords are weighed against the files analysed together; a single file uses the built-in background model.
  const episodes = parsed.map((r) => r.episode);
  const stats = episodes.length > 1 ? buildCorpusStats(episodes) : undefined;
  const model = method === 'learned' ? trainTagClassifier(episodes) : undefined;
  let first = true;
  if (format === 'json') await write('[');
  if (format === 'csv') await write(csvHeader());
  for (const result of parsed) {
    const summary: EpisodeSummary = summarizeEpisode(result, { source: result.source });
    const nlp = enrichSummary(result.episode, { stats, taxonomy, method, model, autoChapters: values['auto-chapters'] });
    summary.keywords = nlp.keywords;
    summary.topics = nlp.topics;
    summary.topicFlow = nlp.topicFlow;
    if (nlp.chapters) summary.chapters = [...summary.chapters, ...nlp.chapters].sort((a, b) => a.start - b.start);
    if (format === 'json') await write(`${first ? '\n' : ',\n'}${JSON.stringify(summary, null, 2)}`);
    else if (format === 'jsonl') await write(`${JSON.stringify(summary)}\n`);
    else if (format === 'csv') await write(csvRows(summary));
    else await write(markdown(summary));
    first = false;
  }
  if (format === 'json') await write(first ? ']\n' : '\n]\n');
  if (tmp) {
    await new Promise<void>((resolve, reject) => (out as WriteStream).end((err?: Error | null) => (err ? reject(err) : resolve())));
    await rename(tmp, values.out!);
  }
  for (const f of failures) process.stderr.write(`podlens: ${f.source}: ${f.reason.replace(/\n/g, '\n  ')}\n`);
  if (files.length > 1 || failures.length > 0)
    process.stderr.write(`podlens: ${files.length - failures.length} of ${files.length} file${files.length === 1 ? '' : 's'} analysed${failures.length ? `, ${failures.length} failed` : ''}\n`);
  return failures.length > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'analyze' || command === 'analyse') return await analyze(rest);
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command '${command}'`);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
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
