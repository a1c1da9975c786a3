import { parseArgs } from 'node:util';
import { formatNames, resolveFormatName, type FormatName } from '@podlens/parser';
import { OUTPUT_FORMATS, type OutputFormat, type RequestedTopics } from '@podlens/nlp/node';
import { UsageError } from './usage-error.js';

export const MAX_JOBS = 64;

export type { RequestedTopics };
const TOPICS: RequestedTopics[] = ['auto', 'taxonomy', 'learned', 'combined', 'discovered'];

/** `podlens analyze`'s command line, checked. */
export interface AnalyzeOptions {
  inputs: string[];
  format: OutputFormat;
  out?: string;
  inputFormat?: FormatName;
  people?: string;
  quiet: boolean;
  topics: RequestedTopics;
  taxonomy?: string;
  replaceTaxonomy: boolean;
  autoChapters: boolean;
  /** Worker threads asked for (1 to MAX_JOBS). */
  jobs: number;
}

/** The options of `podlens analyze`, or `help`; throws UsageError naming the bad one. */
export function readAnalyzeOptions(argv: string[], { cores }: { cores: number }): AnalyzeOptions | 'help' {
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
  if (values.help) return 'help';
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format))
    throw new UsageError(`unknown --format '${values.format}' (expected one of ${OUTPUT_FORMATS.join(', ')})`);
  const inputFormat = values['input-format'] === undefined ? undefined : resolveFormatName(values['input-format']);
  if (values['input-format'] !== undefined && !inputFormat)
    throw new UsageError(
      `unknown --input-format '${values['input-format']}' (expected one of ${formatNames.join(', ')})`,
    );
  if (positionals.length === 0) throw new UsageError('analyze: name at least one transcript file or folder');
  const topics = values.topics as RequestedTopics;
  if (!TOPICS.includes(topics))
    throw new UsageError(
      `unknown --topics '${values.topics}' (expected auto, taxonomy, learned, combined or discovered)`,
    );
  const jobs = values.jobs === undefined ? Math.min(cores, MAX_JOBS) : Number(values.jobs);
  if (!/^\d+$/.test(values.jobs ?? '1') || jobs < 1 || jobs > MAX_JOBS)
    throw new UsageError(`--jobs takes a whole number from 1 to ${MAX_JOBS}, got '${values.jobs}'`);
  return {
    inputs: positionals,
    format,
    out: values.out,
    inputFormat,
    people: values.people,
    quiet: values.quiet,
    topics,
    taxonomy: values.taxonomy,
    replaceTaxonomy: values['replace-taxonomy'],
    autoChapters: values['auto-chapters'],
    jobs,
  };
}
