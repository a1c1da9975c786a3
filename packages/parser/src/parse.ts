import { buildEpisode } from './build-episode.js';
import { dateFromFileName } from './text/date-from-file-name.js';
import { acceptedFormatNames, readers, formatNames, readerNamed, type RegisteredReader } from './formats/index.js';
import { readJson } from './json/read-json.js';
import { describeKeys } from './json/json-value.js';
import type { Diagnostic, FormatAlias, FormatName, ParseResult } from './model.js';
import { UnknownFormatError, type FormatRefusal } from './parse-error.js';
import type { FormatReader, Syntax } from './raw.js';
import { createLineIndex } from './text/line-index.js';
import { syntaxOf } from './text/syntax-of.js';

export interface ParseOptions {
  /** Force a format (a name, or an alias such as `dtc`) instead of detecting it. */
  format?: FormatName | FormatAlias;
  /** Used in messages, and its extension as a hint when detection is unsure. */
  fileName?: string;
  /** Display names by person id (from a people folder), for guests' full names. */
  people?: Record<string, string>;
}

/** The reader detection chose, how sure it is and why. */
export interface Detection {
  reader: RegisteredReader;
  score: number;
  reason: string;
  /** Another reader that also accepted the input, where one did. */
  runnerUp?: { reader: RegisteredReader; score: number; reason: string };
}

/** A score from this up is a signature (WEBVTT, front matter, a JSON schema, an SRT cue): conclusive. */
const CERTAIN = 0.9;

const extensionOf = (name?: string) => /\.[^./\\]+$/.exec(name ?? '')?.[0]?.toLowerCase();

const SYNTAX_NAME: Record<Syntax, string> = { text: 'text', json: 'JSON', html: 'HTML', xml: 'XML' };

/** Why structured input in no known schema is refused: what it is, and for JSON its top-level keys. */
function structuredSummary(text: string, syntax: Syntax): string {
  if (syntax === 'json') {
    const json = readJson(text);
    if (!json.ok) {
      const at = createLineIndex(text).point(json.offset);
      return `not valid JSON (${json.error}, line ${at.line}, column ${at.column})`;
    }
    return `a JSON document with ${Array.isArray(json.value) ? describeKeys(json.value) : `the top-level keys ${describeKeys(json.value)}`}, in none of the known schemas`;
  }
  if (syntax === 'xml') {
    const root = /<([A-Za-z][\w:.-]*)/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, ''))?.[1];
    return `an XML document${root ? ` (root <${root}>)` : ''} in none of the known schemas`;
  }
  return `an ${SYNTAX_NAME[syntax]} document in no known transcript layout`;
}

/**
 * Picks the reader for `text` and says how sure it is. Structured input (JSON, HTML, XML) is only offered to the
 * readers of its syntax, never read as text. Throws UnknownFormatError with every reader's reason when none fits.
 */
export function detect(text: string, fileName?: string): Detection {
  const ext = extensionOf(fileName);
  const refusals: FormatRefusal[] = [];
  if (text.trim() === '')
    throw new UnknownFormatError(
      formatNames.map((format) => ({ format, reason: 'the input is empty' })),
      fileName,
    );
  if (/\u0000/.test(text.slice(0, 4096)) && !/^\uFEFF?WEBVTT/.test(text))
    throw new UnknownFormatError(
      formatNames.map((format) => ({ format, reason: 'the input holds NUL bytes: a binary file?' })),
      fileName,
    );
  const syntax = syntaxOf(text);
  let best: Detection | undefined;
  let bestScore = -Infinity;
  for (const reader of readers) {
    if (syntax !== 'text' && reader.syntax !== syntax) {
      refusals.push({
        format: reader.name,
        reason: `${SYNTAX_NAME[syntax]} input is not read as ${SYNTAX_NAME[reader.syntax]}`,
      });
      continue;
    }
    const d = reader.detect(text);
    if (d.score <= 0) {
      refusals.push({ format: reader.name, reason: d.reason });
      continue;
    }
    const score = d.score + (ext && reader.extensions.includes(ext) ? 0.15 : 0);
    if (!best || score > bestScore) {
      best = {
        reader,
        score: d.score,
        reason: d.reason,
        ...(best ? { runnerUp: { reader: best.reader, score: best.score, reason: best.reason } } : {}),
      };
      bestScore = score;
    } else if (!best.runnerUp || d.score > best.runnerUp.score)
      best.runnerUp = { reader, score: d.score, reason: d.reason };
    if (d.score >= CERTAIN) break;
  }
  if (!best) {
    if (syntax === 'text') throw new UnknownFormatError(refusals, fileName);
    throw new UnknownFormatError(refusals, fileName, {
      summary: structuredSummary(text, syntax),
      tried: readers.filter((r) => r.syntax === syntax).map((r) => r.name),
    });
  }
  return best;
}

/** Picks the reader for `text`; throws UnknownFormatError with every reader's reason when none fits. */
export function detectFormat(text: string, fileName?: string): FormatReader {
  return detect(text, fileName).reader;
}

/** The info diagnostic of a detection that was not certain: the format chosen, why, and what else fit. */
function detectionNote(d: Detection): Diagnostic | undefined {
  if (d.score >= CERTAIN) return undefined;
  const other = d.runnerUp
    ? `; ${d.runnerUp.reader.label} (${d.runnerUp.reader.name}) also fit: ${d.runnerUp.reason}`
    : '';
  return {
    severity: 'info',
    origin: 'parser:format',
    message: `read as ${d.reader.label} (${d.reader.name}): ${d.reason}${other}`,
  };
}

/**
 * Reads a transcript in any supported format into the episode model. Problems in the input become
 * positioned diagnostics; only input in no known format throws (UnknownFormatError).
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string')
    throw new TypeError(`parse: expected the transcript as a string, got ${text === null ? 'null' : typeof text}`);
  let reader: FormatReader;
  let note: Diagnostic | undefined;
  if (options.format !== undefined) {
    const forced = readerNamed(options.format);
    if (!forced)
      throw new TypeError(
        `parse: unknown format '${options.format}' (expected one of ${acceptedFormatNames.join(', ')})`,
      );
    reader = forced;
  } else {
    const detected = detect(text, options.fileName);
    reader = detected.reader;
    note = detectionNote(detected);
  }
  const raw = reader.read(text);
  if (note) raw.diagnostics.unshift(note);
  const result = buildEpisode(raw, { people: options.people });
  if (result.episode.meta.date === undefined && options.fileName) {
    const date = dateFromFileName(options.fileName);
    if (date) {
      result.episode.meta.date = date;
      result.diagnostics.push({
        severity: 'info',
        origin: 'parser:date',
        message: `no date in the transcript; ${date} is taken from the file name`,
      });
    }
  }
  return result;
}
