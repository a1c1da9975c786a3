import { buildEpisode } from './build-episode.js';
import { withCoreReaders } from './formats/core-readers.js';
import { howToAdd, optionalReaders, type OptionalReader } from './formats/optional-readers.js';
import { formatRegistry, type FormatInfo, type FormatRegistry, type RegisteredReader } from './formats/registry.js';
import { readJson } from './json/read-json.js';
import { describeKeys } from './json/json-value.js';
import type { Diagnostic, FormatAlias, FormatName, ParseResult } from './model.js';
import { UnknownFormatError, type FormatRefusal } from './parse-error.js';
import type { FormatReader, Syntax } from './raw.js';
import { createLineIndex } from './text/line-index.js';
import { dateFromFileName } from './text/date-from-file-name.js';
import { syntaxOf } from './text/syntax-of.js';

export interface ParseOptions {
  /** Force a format (a name, or an alias such as `dtc`) instead of detecting it. */
  format?: FormatName | FormatAlias;
  /** Used in messages, and its extension as a hint when detection is unsure. */
  fileName?: string;
  /** Display names by person id (from a people folder), for guests' full names. */
  people?: Record<string, string>;
}

/** A reader detection tries: one of the parser's, or an optional reader it lacks (detected to say so). */
type Candidate = RegisteredReader | OptionalReader;

/** The reader detection chose, how sure it is and why. */
export interface Detection {
  reader: RegisteredReader;
  score: number;
  reason: string;
  /** Another reader that also accepted the input, where one did. */
  runnerUp?: { reader: Candidate; score: number; reason: string };
}

/** A parser over a list of readers: `parse` and detection, and the registry's lists for pickers and messages. */
export interface Parser {
  /**
   * Reads a transcript in any format of the parser into the episode model. Problems in the input become
   * positioned diagnostics; only input in no format it reads throws (UnknownFormatError).
   */
  parse(text: string, options?: ParseOptions): ParseResult;
  /** Picks the reader for `text`; throws UnknownFormatError with every reader's reason when none fits. */
  detectFormat(text: string, fileName?: string): FormatReader;
  /** The parser's formats as data, in the order detection tries them. */
  formats: FormatInfo[];
  formatNames: FormatName[];
  /** Every name a format is accepted by, aliases after the names. */
  acceptedFormatNames: string[];
  /** The format a name or alias stands for; undefined for a name the parser does not read. */
  resolveFormatName(name: string): FormatName | undefined;
  /** File endings of transcripts (chapter lists excluded), the most structured first. */
  transcriptExtensions: string[];
  /** Media types of transcripts, for an upload picker's `accept`. */
  transcriptMediaTypes: string[];
}

/** The internals of a parser: its detection (with scores) besides `parse` and `detectFormat`. */
export interface ParserOf {
  detect(text: string, fileName?: string): Detection;
  detectFormat(text: string, fileName?: string): FormatReader;
  parse(text: string, options?: ParseOptions): ParseResult;
}

/** A score from this up is a signature (WEBVTT, front matter, a JSON schema, an SRT cue): conclusive. */
const CERTAIN = 0.9;

const extensionOf = (name?: string) => /\.[^./\\]+$/.exec(name ?? '')?.[0]?.toLowerCase();

const SYNTAX_NAME: Record<Syntax, string> = { text: 'text', json: 'JSON', html: 'HTML', xml: 'XML' };

const isOptional = (c: Candidate): c is OptionalReader => 'entry' in c;

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
 * Detection and `parse` over `registry`'s readers. The optional readers it lacks (`optionalReaders`) are tried in
 * their place, before the registry's: input they win is refused, naming the reader to add, never read as another
 * format; a format of theirs forced by name is refused so too.
 */
export function parserOf(registry: FormatRegistry): ParserOf {
  const { readers, formatNames, acceptedFormatNames, readerNamed } = registry;
  const absent = optionalReaders.filter((o) => !formatNames.includes(o.name));
  const candidates: Candidate[] = [...absent, ...readers];

  /**
   * Picks the reader for `text` and says how sure it is. Structured input (JSON, HTML, XML) is only offered to the
   * readers of its syntax, never read as text. Throws UnknownFormatError with every reader's reason when none fits.
   */
  function detect(text: string, fileName?: string): Detection {
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
    let best: { reader: Candidate; score: number; reason: string; runnerUp?: Detection['runnerUp'] } | undefined;
    let bestScore = -Infinity;
    for (const reader of candidates) {
      if (syntax !== 'text' && reader.syntax !== syntax) {
        if (isOptional(reader)) continue;
        refusals.push({
          format: reader.name,
          reason: `${SYNTAX_NAME[syntax]} input is not read as ${SYNTAX_NAME[reader.syntax]}`,
        });
        continue;
      }
      const d = reader.detect(text);
      if (d.score <= 0) {
        // One refusal per format of this parser: an optional reader that declines says nothing.
        if (!isOptional(reader)) refusals.push({ format: reader.name, reason: d.reason });
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
        tried: candidates.filter((r) => r.syntax === syntax).map((r) => r.name),
      });
    }
    const chosen = best.reader;
    if (isOptional(chosen)) {
      // Every format of the parser declines it for this one reason, said once.
      const reason = `${chosen.label} (${best.reason}), a format this parser has no reader for; ${howToAdd(chosen)}`;
      throw new UnknownFormatError(
        formatNames.map((format) => ({ format, reason })),
        fileName,
        { summary: reason, tried: [] },
      );
    }
    return { ...best, reader: chosen };
  }

  function detectFormat(text: string, fileName?: string): FormatReader {
    return detect(text, fileName).reader;
  }

  function parse(text: string, options: ParseOptions = {}): ParseResult {
    if (typeof text !== 'string')
      throw new TypeError(`parse: expected the transcript as a string, got ${text === null ? 'null' : typeof text}`);
    let reader: FormatReader;
    let note: Diagnostic | undefined;
    if (options.format !== undefined) {
      const forced = readerNamed(options.format);
      if (!forced) {
        const optional = absent.find(
          (o) => o.name === options.format || (o.aliases as string[]).includes(options.format!),
        );
        throw new TypeError(
          optional
            ? `parse: the format '${options.format}' (${optional.label}) has no reader in this parser; ${howToAdd(optional)}`
            : `parse: unknown format '${options.format}' (expected one of ${acceptedFormatNames.join(', ')})`,
        );
      }
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

  return { detect, detectFormat, parse };
}

/**
 * A parser reading `readers` and every format of the core (`@podlens/parser/core`), `readers` tried first:
 * `createParser([markdownYaml])` reads what `@podlens/parser` reads. Throws a TypeError for a format given twice.
 */
export function createParser(readers: readonly FormatReader[] = []): Parser {
  const registry = formatRegistry(withCoreReaders(readers));
  const { detectFormat, parse } = parserOf(registry);
  return {
    parse,
    detectFormat,
    formats: registry.formats,
    formatNames: registry.formatNames,
    acceptedFormatNames: registry.acceptedFormatNames,
    resolveFormatName: registry.resolveFormatName,
    transcriptExtensions: registry.transcriptExtensions,
    transcriptMediaTypes: registry.transcriptMediaTypes,
  };
}
