// What both entries of the parser export besides their parse and format lists: @podlens/parser (every reader) and
// @podlens/parser/core (every reader but Markdown+YAML). Declared once here; each entry adds its own parser.
export { UnknownFormatError } from './parse-error.js';
export type { FormatRefusal } from './parse-error.js';
export { parseWebVTTCues } from './webvtt/parse-webvtt-cues.js';
export type { WebVTTCue, WebVTTProblem, WebVTTParseResult } from './webvtt/parse-webvtt-cues.js';
export { speakerBalance } from './metrics/speaker-balance.js';
export type {
  SpeakerBalance,
  SpeakerBalanceOptions,
  SpeakerFigures,
  BalanceWindow,
} from './metrics/speaker-balance.js';
export { summarizeEpisode } from './summarize-episode.js';
export type { EpisodeSummary, SummarizeEpisodeOptions } from './summarize-episode.js';
export { speakerCells, speakerColumns } from './speaker-columns.js';
export { mergeChapters } from './merge-chapters.js';
export { editSpeakers } from './edit-speakers.js';
export type { SpeakerEdits } from './edit-speakers.js';
export { countWords } from './text/count-words.js';
export { parseTimestamp, parseIsoDuration } from './text/parse-timestamp.js';
export { formatDuration, formatTimestamp } from './text/format-timestamp.js';
export { periodBounds, periodOf, periodsBetween } from './text/period-of.js';
export type { Period } from './text/period-of.js';
export { csvCell, csvRow } from './text/csv.js';
export type { CsvValue } from './text/csv.js';
export type {
  Point,
  Position,
  Severity,
  Diagnostic,
  FormatName,
  FormatAlias,
  Role,
  Speaker,
  Paragraph,
  StageDirection,
  Turn,
  Chapter,
  EpisodeMeta,
  Episode,
  ParseResult,
} from './model.js';
