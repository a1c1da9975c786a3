import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Archive, SearchResult, TrendResult, Period } from '@podlens/archive';
import { csvRow, formatTimestamp, resolveFormatName } from '@podlens/parser';
import { listTranscriptFiles, readPeople } from '@podlens/parser/node';
import { parseFile, summarizeFile, type AnalyzeSettings } from '@podlens/nlp/node';

const ARCHIVE_FORMATS = ['json', 'csv', 'md'] as const;
type ArchiveFormat = (typeof ARCHIVE_FORMATS)[number];

export class ArchiveUsageError extends Error {}

const common = {
  format: { type: 'string', short: 'f', default: 'json' },
  db: { type: 'string' },
  people: { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
} as const;

/**
 * An archive of the transcripts under `paths`: in memory, or in the SQLite file `db`, where files whose
 * bytes did not change since the last run are not read again.
 */
async function buildArchive(
  paths: string[],
  options: { db?: string; people?: string; quiet: boolean },
): Promise<{ db: Archive; failures: string[] }> {
  const { openArchive, addEpisodes, removeEpisode } = await import('@podlens/archive');
  const db = openArchive(options.db ?? ':memory:');
  const settings: AnalyzeSettings = {
    method: 'taxonomy',
    autoChapters: false,
    people: options.people ? await readPeople(options.people) : undefined,
  };
  const known = new Map(
    (db.prepare('SELECT id, content_hash FROM episodes').all() as { id: string; content_hash: string | null }[]).map(
      (e) => [e.id, e.content_hash],
    ),
  );
  const listed = await listTranscriptFiles(paths);
  // As for analyze: what the command line names must be readable; what a walk cannot read is a failure.
  const named = listed.failures.filter((f) => paths.includes(f.path));
  if (named.length > 0) throw new ArchiveUsageError(named.map((f) => `${f.path}: ${f.reason}`).join('; '));
  const files = listed.files;
  const failures: string[] = listed.failures.map((f) => `${f.path}: ${f.reason}`);
  const batch: Parameters<typeof addEpisodes>[1] extends Iterable<infer T> ? T[] : never = [];
  for (const file of files) {
    const hash = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    const indexed = known.get(file);
    known.delete(file);
    if (indexed === hash) continue;
    const parsed = await parseFile(file, settings);
    if (!parsed.ok) {
      failures.push(`${file}: ${parsed.reason}`);
      continue;
    }
    const summary = summarizeFile(file, parsed, settings);
    if (!summary.ok) {
      failures.push(`${file}: ${summary.reason}`);
      continue;
    }
    batch.push({ id: file, result: parsed.value, summary: summary.value, contentHash: hash });
  }
  addEpisodes(db, batch);
  // Files gone since the last run leave the archive too.
  for (const gone of known.keys()) removeEpisode(db, gone);
  if (!options.quiet && options.db)
    process.stderr.write(`podlens: ${files.length} files in the archive, ${batch.length} (re)indexed\n`);
  return { db, failures };
}

function outputFormat(value: string | undefined): ArchiveFormat {
  if (!(ARCHIVE_FORMATS as readonly string[]).includes(value ?? ''))
    throw new ArchiveUsageError(`unknown --format '${value}' (expected one of ${ARCHIVE_FORMATS.join(', ')})`);
  return value as ArchiveFormat;
}

/** `podlens search <files|folders...> QUERY`: the archive's matches grouped by episode. */
export async function searchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...common,
      speaker: { type: 'string' },
      person: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      topic: { type: 'string' },
      'input-format': { type: 'string' },
      limit: { type: 'string', default: '50' },
    },
  });
  if (positionals.length < 2)
    throw new ArchiveUsageError(
      'search: name the transcripts (files or folders) and then the query, e.g. podlens search talks/ "feature store"',
    );
  const format = outputFormat(values.format);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new ArchiveUsageError(`search: --limit takes a whole number of episodes, got '${values.limit}'`);
  const query = positionals[positionals.length - 1]!;
  const { db, failures } = await buildArchive(positionals.slice(0, -1), values);
  const { searchArchive } = await import('@podlens/archive');
  const result = searchArchive(db, query, {
    speaker: values.speaker,
    person: values.person,
    from: values.from,
    to: values.to,
    topic: values.topic,
    format:
      values['input-format'] === undefined
        ? undefined
        : (resolveFormatName(values['input-format']) ?? values['input-format']),
    limit,
  });
  db.close();
  process.stdout.write(renderSearch(result, format));
  for (const f of failures) process.stderr.write(`podlens: ${f}\n`);
  return failures.length > 0 ? 1 : 0;
}

/** `podlens trends <files|folders...> --term T [--term T...]`: mentions per period. */
export async function trendsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...common,
      term: { type: 'string', short: 't', multiple: true },
      period: { type: 'string', default: 'quarter' },
      'by-role': { type: 'boolean', default: false },
    },
  });
  const terms = values.term ?? [];
  if (positionals.length < 1 || terms.length === 0)
    throw new ArchiveUsageError(
      'trends: name the transcripts and at least one --term, e.g. podlens trends talks/ -t llm -t "feature store"',
    );
  const format = outputFormat(values.format);
  const period = values.period as Period;
  if (!['month', 'quarter', 'year'].includes(period))
    throw new ArchiveUsageError(`trends: --period is month, quarter or year, got '${values.period}'`);
  const { db, failures } = await buildArchive(positionals, values);
  const { termTrends } = await import('@podlens/archive');
  const result = termTrends(db, terms, { period, byRole: values['by-role'] });
  db.close();
  process.stdout.write(renderTrends(result, format));
  for (const f of failures) process.stderr.write(`podlens: ${f}\n`);
  return failures.length > 0 ? 1 : 0;
}

function marked(sentence: string, marks: [number, number][], open: string, close: string): string {
  let out = '';
  let at = 0;
  for (const [s, e] of marks) {
    out += sentence.slice(at, s) + open + sentence.slice(s, e) + close;
    at = e;
  }
  return out + sentence.slice(at);
}

export function renderSearch(result: SearchResult, format: ArchiveFormat): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (format === 'csv') {
    const rows = ['episode,title,date,speaker,start,sentence'];
    for (const e of result.episodes)
      for (const h of e.hits) rows.push(csvRow([e.id, e.title, e.date, h.speaker, h.start, h.sentence]));
    return `${rows.join('\n')}\n`;
  }
  const lines = [`# Search: ${result.query}`, '', `${result.total} episode${result.total === 1 ? '' : 's'}`, ''];
  for (const e of result.episodes) {
    lines.push(
      `## ${e.title ?? e.id}${e.date ? ` (${e.date})` : ''}`,
      '',
      `${e.hitCount} hit${e.hitCount === 1 ? '' : 's'} in ${e.id}`,
      '',
    );
    for (const h of e.hits)
      lines.push(`- ${formatTimestamp(h.start)} ${h.speaker}: ${marked(h.sentence, h.marks, '**', '**')}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

export function renderTrends(result: TrendResult, format: ArchiveFormat): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (format === 'csv') {
    const rows = ['term,period,count,words,per10k'];
    for (const t of result.terms)
      for (const p of t.points) rows.push(csvRow([t.term, p.period, p.count, p.words, p.per10k.toFixed(3)]));
    return `${rows.join('\n')}\n`;
  }
  const periods = result.terms[0]?.points.map((p) => p.period) ?? [];
  const lines = [
    `# Mentions per ${result.period} (per 10,000 words spoken)`,
    '',
    `| ${result.period} | ${result.terms.map((t) => t.term).join(' | ')} |`,
    `| --- |${result.terms.map(() => ' ---: |').join('')}`,
  ];
  periods.forEach((p, i) =>
    lines.push(
      `| ${p} | ${result.terms.map((t) => `${t.points[i]!.count} (${t.points[i]!.per10k.toFixed(1)})`).join(' | ')} |`,
    ),
  );
  if (result.undatedEpisodes > 0)
    lines.push(
      '',
      `${result.undatedEpisodes} episode${result.undatedEpisodes === 1 ? '' : 's'} without a date left out.`,
    );
  return `${lines.join('\n')}\n`;
}
