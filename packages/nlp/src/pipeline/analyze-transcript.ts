import { readTranscript, type ReadTranscriptOptions } from './read-transcript.js';
import {
  summarizeTranscript,
  type SummarizeTranscriptOptions,
  type TranscriptAnalysis,
} from './summarize-transcript.js';

export interface AnalyzeTranscriptOptions extends ReadTranscriptOptions, Omit<SummarizeTranscriptOptions, 'source'> {
  /** The summary's `source`; default `fileName`, else `''`. */
  source?: string;
}

/**
 * One transcript's text to the full summary contract, as the CLI prints it and the dashboard shows it: parse, speaker
 * edits, chapter list (`readTranscript`), then speaker balance, summary and NLP fields (`summarizeTranscript`).
 */
export function analyzeTranscript(text: string, options: AnalyzeTranscriptOptions = {}): TranscriptAnalysis {
  return summarizeTranscript(readTranscript(text, options), {
    ...options,
    source: options.source ?? options.fileName ?? '',
  });
}
