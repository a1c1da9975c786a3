import { buildEpisode } from './build-episode.js';
import { dateFromFileName } from './text/date-from-file-name.js';
import { readers, formatNames } from './formats/index.js';
import type { FormatName, ParseResult } from './model.js';
import { UnknownFormatError, type FormatRefusal } from './parse-error.js';
import type { FormatReader } from './raw.js';

export interface ParseOptions {
  /** Force a format instead of detecting it. */
  format?: FormatName;
  /** Used in messages, and its extension as a hint when detection is unsure. */
  fileName?: string;
  /** Display names by person id (from a people folder), for guests' full names. */
  people?: Record<string, string>;
}

const extensionOf = (name?: string) => /\.[^./\\]+$/.exec(name ?? '')?.[0]?.toLowerCase();

/** Picks the reader for `text`; throws UnknownFormatError with every reader's reason when none fits. */
export function detectFormat(text: string, fileName?: string): FormatReader {
  const ext = extensionOf(fileName);
  const refusals: FormatRefusal[] = [];
  let best: { reader: FormatReader; score: number } | undefined;
  if (text.trim() === '') throw new UnknownFormatError(formatNames.map((format) => ({ format, reason: 'the input is empty' })), fileName);
  if (/\u0000/.test(text.slice(0, 4096)) && !/^\uFEFF?WEBVTT/.test(text))
    throw new UnknownFormatError(formatNames.map((format) => ({ format, reason: 'the input holds NUL bytes: a binary file?' })), fileName);
  for (const reader of readers) {
    const d = reader.detect(text);
    if (d.score <= 0) {
      refusals.push({ format: reader.name, reason: d.reason });
      continue;
    }
    const score = d.score + (ext && reader.extensions.includes(ext) ? 0.15 : 0);
    if (!best || score > best.score) best = { reader, score };
    // A signature (WEBVTT, front matter, a JSON object, an SRT cue) is conclusive; no need to try the rest.
    if (d.score >= 0.9) break;
  }
  if (!best) throw new UnknownFormatError(refusals, fileName);
  return best.reader;
}

/**
 * Reads a transcript in any supported format into the episode model. Problems in the input become
 * positioned diagnostics; only input in no known format throws (UnknownFormatError).
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string') throw new TypeError(`parse: expected the transcript as a string, got ${text === null ? 'null' : typeof text}`);
  let reader: FormatReader;
  if (options.format !== undefined) {
    const forced = readers.find((r) => r.name === options.format);
    if (!forced) throw new TypeError(`parse: unknown format '${options.format}' (expected one of ${formatNames.join(', ')})`);
    reader = forced;
  } else reader = detectFormat(text, options.fileName);
  const raw = reader.read(text);
  const result = buildEpisode(raw, { people: options.people });
  if (result.episode.meta.date === undefined && options.fileName) {
    const date = dateFromFileName(options.fileName);
    if (date) {
      result.episode.meta.date = date;
      result.diagnostics.push({ severity: 'info', origin: 'parser:date', message: `no date in the transcript; ${date} is taken from the file name` });
    }
  }
  return result;
}
