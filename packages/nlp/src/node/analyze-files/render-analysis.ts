import { transcriptDetail, type TranscriptDetail } from '../../index.js';
import type { FileAnalyzer, FileReading, Outcome } from './analyze-file.js';
import { loadExtra } from './load-extra.js';
import { renderSummary, type OutputFormat } from './render.js';

/** The light part of a file's `TranscriptDetail`, handed beside its JSON text so that a caller need not parse it. */
export type DetailFigures = Pick<TranscriptDetail, 'speakerTopics' | 'topicScores'> & {
  /** How many turns the detail holds. */
  turns: number;
};

/**
 * Pass 2's answer for a file: its summary rendered, and where asked its `TranscriptDetail` as JSON text (with its
 * light figures beside it) and what the `extra` module made of its analysis.
 */
export type RenderedOutcome = Outcome<string> & { detail?: string; figures?: DetailFigures; extra?: unknown };

/** What pass 2 asks of a file beyond its output format: its reading (edits, chapter list, source), whether to add its detail, and an extra step. */
export interface AnalyzeRequest {
  reading?: FileReading;
  detail?: boolean;
  /** The URL of a module whose default export (`AnalysisExtra`) is called with the file's analysis. */
  extra?: string;
}

/**
 * A file's pass 2 on `analyzer`'s thread: its summary rendered as `format` (text, so that a worker sends one string),
 * with `detail` its turns, balance windows and speaker topics as JSON text, with `extra` what that module returns.
 */
export async function renderAnalysis(
  analyzer: FileAnalyzer,
  file: string,
  format: OutputFormat,
  { reading, detail, extra }: AnalyzeRequest = {},
): Promise<RenderedOutcome> {
  const analysis = await analyzer.analysis(file, reading);
  if (!analysis.ok) return analysis;
  const rendered: RenderedOutcome = { ok: true, value: renderSummary(analysis.value.summary, format) };
  if (detail) {
    const full = transcriptDetail(analysis.value, { taxonomy: analyzer.settings.taxonomy });
    rendered.detail = JSON.stringify(full);
    rendered.figures = { turns: full.turns.length, speakerTopics: full.speakerTopics, topicScores: full.topicScores };
  }
  if (extra !== undefined) rendered.extra = (await loadExtra(extra))(analysis.value);
  return rendered;
}
