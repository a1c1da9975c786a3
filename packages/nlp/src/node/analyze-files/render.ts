import { csvRow, formatDuration, speakerCells, speakerColumns, type EpisodeSummary } from '@podlens/parser';

export type OutputFormat = 'json' | 'jsonl' | 'csv' | 'md';
export const OUTPUT_FORMATS: OutputFormat[] = ['json', 'jsonl', 'csv', 'md'];

const CSV_COLUMNS = ['source', 'format', 'title', 'date', 'durationSeconds', 'speaker', ...speakerColumns] as const;

export function csvHeader(): string {
  return `${csvRow(CSV_COLUMNS)}\n`;
}

/** One row per speaker per episode. */
export function csvRows(e: EpisodeSummary): string {
  return e.speakers
    .map((s) => csvRow([e.source, e.format, e.title, e.date, e.durationSeconds, s.name, ...speakerCells(s)]))
    .map((row) => `${row}\n`)
    .join('');
}

const mdCell = (s: unknown) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s+/g, ' ');

export function markdown(e: EpisodeSummary): string {
  const lines = [
    `## ${mdCell(e.title ?? e.source)}`,
    '',
    `${mdCell(e.source)} · ${e.format}${e.date ? ` · ${e.date}` : ''} · ${formatDuration(e.durationSeconds)}${e.timing === 'estimated' ? ' (times estimated from words)' : ''}`,
    '',
    '| speaker | role | talk time | share | words | turns | longest monologue | questions | wpm |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...e.speakers.map(
      (s) =>
        `| ${mdCell(s.name)} | ${s.role} | ${formatDuration(s.talkSeconds)} | ${(s.talkShare * 100).toFixed(1)}% | ${s.words} | ${s.turns} | ${formatDuration(s.longestMonologueSeconds)} | ${s.questions} | ${Math.round(s.wordsPerMinute)} |`,
    ),
  ];
  if (e.topics.length)
    lines.push(
      '',
      `Topics: ${e.topics
        .slice(0, 5)
        .map((t) => `${mdCell(t.label)} (${t.score.toFixed(2)})`)
        .join(', ')}`,
    );
  if (e.topicCoverage?.low && e.diagnostics.some((d) => d.origin === 'nlp:topic-coverage')) {
    lines.push(
      '',
      `Topic coverage is low: the taxonomy covers ${(e.topicCoverage.share * 100).toFixed(1)}% of the words. Try \`--topics discovered\` for the topics of the files themselves.`,
    );
  }
  if (e.keywords.length)
    lines.push(
      '',
      `Keywords: ${e.keywords
        .slice(0, 12)
        .map((k) => mdCell(k.term))
        .join(', ')}`,
    );
  if (e.chapters.length)
    lines.push(
      '',
      '| chapter | start | origin |',
      '| --- | ---: | --- |',
      ...e.chapters.map((c) => `| ${mdCell(c.title)} | ${formatDuration(c.start)} | ${c.origin} |`),
    );
  const problems = e.diagnostics.filter((d) => d.severity !== 'info');
  if (problems.length)
    lines.push(
      '',
      `${problems.length} warning${problems.length > 1 ? 's' : ''}:`,
      ...problems.slice(0, 20).map((d) => `- line ${d.line ?? '?'}: ${mdCell(d.message)}`),
    );
  return `${lines.join('\n')}\n\n`;
}

/** One episode as the output format writes it (for json, without the separating comma). */
export function renderSummary(e: EpisodeSummary, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(e, null, 2);
  if (format === 'jsonl') return `${JSON.stringify(e)}\n`;
  if (format === 'csv') return csvRows(e);
  return markdown(e);
}
