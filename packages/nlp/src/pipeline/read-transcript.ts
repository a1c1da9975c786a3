import { parse, type Diagnostic, type FormatName, type ParseResult, type SpeakerEdits } from '@podlens/parser';
import { amendParse } from './amend-parse.js';

export interface ReadTranscriptOptions {
  /** The file's name, for detecting its format. */
  fileName?: string;
  /** Read the text as this format instead of detecting it. */
  format?: FormatName;
  /** Display names by person id, for guests' full names. */
  people?: Record<string, string>;
  /** What `decodeText` (`@podlens/parser/node`) said of how it read the bytes, put first among the diagnostics. */
  decoding?: Diagnostic;
  /** Renames and merges saved for the episode, applied before any figure is computed. */
  edits?: SpeakerEdits;
  /** A YouTube-style chapter list, used where the transcript has no chapters of its own. */
  chapterList?: string;
}

/** The first steps of the pipeline: a transcript's text parsed, the user's speaker edits applied and a chapter list merged in. */
export function readTranscript(text: string, options: ReadTranscriptOptions = {}): ParseResult {
  const parsed = parse(text, { fileName: options.fileName, format: options.format, people: options.people });
  const diagnostics = options.decoding ? [options.decoding, ...parsed.diagnostics] : [...parsed.diagnostics];
  return amendParse({ episode: parsed.episode, diagnostics }, options);
}
