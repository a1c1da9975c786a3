import { transcriptDetail } from '../../index.js';
import type { FileAnalyzer, FileReading, Outcome } from './analyze-file.js';
import { renderSummary, type OutputFormat } from './render.js';

/** Pass 2's answer for a file: its summary rendered, and where asked its `TranscriptDetail` as JSON text. */
export type RenderedOutcome = Outcome<string> & { detail?: string };

/** What pass 2 asks of a file beyond its output format: its reading (edits, chapter list, source) and whether to add its detail. */
export interface AnalyzeRequest {
  reading?: FileReading;
  detail?: boolean;
}

/**
 * A file's pass 2 on `analyzer`'s thread: its summary rendered as `format` (text, so that a worker sends one string),
 * and with `detail` its turns, balance windows and speaker topics as JSON text.
 */
export async function renderAnalysis(
  analyzer: FileAnalyzer,
  file: string,
  format: OutputFormat,
  { reading, detail }: AnalyzeRequest = {},
): Promise<RenderedOutcome> {
  const analysis = await analyzer.analysis(file, reading);
  if (!analysis.ok) return analysis;
  const value = renderSummary(analysis.value.summary, format);
  if (!detail) return { ok: true, value };
  return {
    ok: true,
    value,
    detail: JSON.stringify(transcriptDetail(analysis.value, { taxonomy: analyzer.settings.taxonomy })),
  };
}
