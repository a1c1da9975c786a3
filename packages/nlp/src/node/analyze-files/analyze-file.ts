/// <reference types="node" />
import { UnknownFormatError, type EpisodeSummary, type FormatName, type ParseResult } from '@podlens/parser';
import { readTranscriptFile } from '@podlens/parser/node';
import {
  amendParse,
  indexTerms,
  defaultTaxonomy,
  mapTag,
  summarizeTranscript,
  topicDocument,
  type CorpusStats,
  type DiscoveredTopicModel,
  type TagModel,
  type Taxonomy,
  type TopicDocument,
  type TopicMethod,
  type AmendParseOptions,
  type TranscriptAnalysis,
} from '../../index.js';
import { prepareTranscript, type PreparedTranscript } from '../../pipeline/summarize-transcript.js';
import type { KeyDecoder, KeyEncoder, WireKeys } from './key-wire.js';

/** Everything a file's analysis depends on; plain data, so that worker threads get the same. */
export interface AnalyzeSettings {
  inputFormat?: FormatName;
  people?: Record<string, string>;
  taxonomy?: Taxonomy;
  /** `discovered` scores the topics found in the input itself (`discovered`); the topic flow stays on the taxonomy. */
  method: TopicMethod | 'discovered';
  autoChapters: boolean;
  stats?: CorpusStats;
  model?: TagModel;
  discovered?: DiscoveredTopicModel;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A file to analyze with what its reading is given beyond the run's settings: an app's per-episode edits and chapter list. */
export interface FileJob extends AmendParseOptions {
  file: string;
  /** The summary's `source` (default: `file`). */
  source?: string;
}

/** What a file's reading is given beyond the run's settings (a `FileJob` without its file). */
export type FileReading = Omit<FileJob, 'file'>;

function reasonOf(e: unknown, file: string): string {
  return e instanceof UnknownFormatError ? e.message.replace(`${file}: `, '') : (e as Error).message;
}

/** Reads and parses a file (the pipeline's first step, for a file); an input with nothing in it that podlens can use is a failure. */
export async function parseFile(file: string, settings: AnalyzeSettings): Promise<Outcome<ParseResult>> {
  try {
    const result = await readTranscriptFile(file, { format: settings.inputFormat, people: settings.people });
    const fatal = result.diagnostics.find((d) => d.severity === 'error');
    if (fatal && result.episode.turns.length === 0 && result.episode.chapters.length === 0)
      return { ok: false, reason: fatal.message };
    return { ok: true, value: result };
  } catch (e) {
    return { ok: false, reason: reasonOf(e, file) };
  }
}

/**
 * The JSON contract of one parsed file, with the NLP fields filled in (`reading`'s edits and chapter list applied
 * first); `prepared` where `prepareTranscript` was done ahead on the unamended parse.
 */
export function summarizeFile(
  file: string,
  parsed: Outcome<ParseResult>,
  settings: AnalyzeSettings,
  reading: FileReading = {},
  prepared?: PreparedTranscript,
): Outcome<EpisodeSummary> {
  const analysis = analyzeParsed(file, parsed, settings, reading, prepared);
  return analysis.ok ? { ok: true, value: analysis.value.summary } : analysis;
}

/** A parsed file through the rest of the pipeline (`reading`'s edits and chapter list applied first): its whole analysis. */
export function analyzeParsed(
  file: string,
  parsed: Outcome<ParseResult>,
  settings: AnalyzeSettings,
  reading: FileReading = {},
  prepared?: PreparedTranscript,
): Outcome<TranscriptAnalysis> {
  if (!parsed.ok) return parsed;
  try {
    const amended = amendParse(parsed.value, reading);
    // What was prepared ahead holds only for the parse it was prepared on (edits make a new episode).
    return {
      ok: true,
      value: summarizeTranscript(
        amended,
        { ...settings, source: reading.source ?? file },
        amended === parsed.value ? prepared : undefined,
      ),
    };
  } catch (e) {
    return { ok: false, reason: `analysis failed: ${(e as Error).message}` };
  }
}

/** What pass 1 needs of a file: its term counts (for document frequencies and a tag model), its tags as taxonomy topics, and for `discovered` its segments. */
export interface FileTerms {
  /** The file's distinct term keys and how often each is said. */
  keys: readonly string[];
  counts: ArrayLike<number>;
  labels: string[];
  document?: TopicDocument;
}

export function fileTerms(result: ParseResult, settings: AnalyzeSettings): FileTerms {
  const { episode } = result;
  const taxonomy = settings.taxonomy ?? defaultTaxonomy;
  const labels = [...new Set(episode.meta.tags.map((t) => mapTag(t, taxonomy)).filter((id): id is string => !!id))];
  const { keys, keyCounts } = indexTerms(episode);
  const terms: FileTerms = { keys, counts: keyCounts, labels };
  if (settings.method === 'discovered') terms.document = topicDocument(episode);
  return terms;
}

/**
 * The transcript text a run keeps parsed (and its text analysis, cached on the episode) between the passes, at
 * most: about 10 bytes of heap a character, so 32 M characters are some 340 MB. Used only where pass 1 reads the
 * whole input (`holdsParses`): there every file would otherwise be parsed and analyzed twice, and the held files
 * are the whole run. In a larger input the sample is a twentieth or less of the work, and holding it until pass 2
 * reaches each file took the CLI's peak on 10,000 DTC files from 542 MB to 1,182 MB.
 */
export const HOLD_CHARACTERS = 32_000_000;

/**
 * One thread's analysis of files. Pass 1 (`terms`) parses a sampled file and keeps the parse for pass 2 (`analyze`),
 * so that each file is parsed once per run; pass 2 lets go of it. Past `holdCharacters` of transcript text kept,
 * a file is parsed again in pass 2 instead, so that a sample of very long transcripts cannot exhaust memory.
 */
export class FileAnalyzer {
  private readonly held = new Map<
    string,
    { parsed: Outcome<ParseResult>; characters: number; prepared?: PreparedTranscript }
  >();
  private characters = 0;
  constructor(
    public settings: AnalyzeSettings,
    private readonly holdCharacters = 0,
  ) {}

  async terms(file: string): Promise<FileTerms | undefined> {
    const parsed = await parseFile(file, this.settings);
    const characters = parsed.ok ? parsed.value.episode.turns.reduce((n, t) => n + t.text.length, 0) : 0;
    if (this.characters + characters <= this.holdCharacters) {
      this.held.set(file, { parsed, characters });
      this.characters += characters;
    }
    return parsed.ok ? fileTerms(parsed.value, this.settings) : undefined;
  }

  async analyze(file: string, reading: FileReading = {}): Promise<Outcome<EpisodeSummary>> {
    const analysis = await this.analysis(file, reading);
    return analysis.ok ? { ok: true, value: analysis.value.summary } : analysis;
  }

  /** Pass 2 with the whole analysis (the parsed episode, its balance and topic scores beside the summary). */
  async analysis(file: string, reading: FileReading = {}): Promise<Outcome<TranscriptAnalysis>> {
    const held = this.held.get(file);
    if (held) {
      this.held.delete(file);
      this.characters -= held.characters;
    }
    return analyzeParsed(
      file,
      held?.parsed ?? (await parseFile(file, this.settings)),
      this.settings,
      reading,
      held?.prepared,
    );
  }

  /**
   * Does ahead, for a held file, the part of its analysis that needs no corpus statistics or model (speaker
   * balance, topic flow, topic coverage: `prepareTranscript`), so that a thread waiting for them has work. False
   * where there was nothing to do (not held, failed, or done already).
   */
  prepare(file: string): boolean {
    const held = this.held.get(file);
    if (!held || !held.parsed.ok || held.prepared) return false;
    try {
      held.prepared = prepareTranscript(held.parsed.value, this.settings);
    } catch {
      // Left to pass 2, which reports it as the file's failure.
      return false;
    }
    return true;
  }

  /** Whether `file`'s parse is kept for pass 2. */
  holds(file: string): boolean {
    return this.held.has(file);
  }

  /** Files parsed in pass 1 and not yet analyzed. */
  get holding(): number {
    return this.held.size;
  }
}

/** A file's terms as a worker sends them: its keys as numbers (`KeyEncoder`), its counts in a typed array. */
export type WireTerms = Omit<FileTerms, 'keys' | 'counts'> & { keys: WireKeys; counts: Int32Array };

export function toWire(terms: FileTerms, encoder: KeyEncoder): WireTerms {
  return { ...terms, keys: encoder.encode(terms.keys), counts: Int32Array.from(terms.counts) };
}

/** The terms of a worker's message, decoded with the `KeyDecoder` kept for that worker. */
export function fromWire(wire: WireTerms, decoder: KeyDecoder): FileTerms {
  return { ...wire, keys: decoder.decode(wire.keys) };
}
