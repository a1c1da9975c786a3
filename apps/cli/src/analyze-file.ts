import { UnknownFormatError, type EpisodeSummary, type FormatName, type ParseResult } from '@podlens/parser';
import { readTranscriptFile } from '@podlens/parser/node';
import { defaultTaxonomy, mapTag, summarizeTranscript, termCounts, topicDocument, type CorpusStats, type DiscoveredTopicModel, type TagModel, type Taxonomy, type TopicDocument, type TopicMethod } from '@podlens/nlp';

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

function reasonOf(e: unknown, file: string): string {
  return e instanceof UnknownFormatError ? e.message.replace(`${file}: `, '') : (e as Error).message;
}

/** Reads and parses a file (the pipeline's first step, for a file); an input with nothing in it that podlens can use is a failure. */
export async function parseFile(file: string, settings: AnalyzeSettings): Promise<Outcome<ParseResult>> {
  try {
    const result = await readTranscriptFile(file, { format: settings.inputFormat, people: settings.people });
    const fatal = result.diagnostics.find((d) => d.severity === 'error');
    if (fatal && result.episode.turns.length === 0 && result.episode.chapters.length === 0) return { ok: false, reason: fatal.message };
    return { ok: true, value: result };
  } catch (e) {
    return { ok: false, reason: reasonOf(e, file) };
  }
}

/** The JSON contract of one parsed file, with the NLP fields filled in. */
export function summarizeFile(file: string, parsed: Outcome<ParseResult>, settings: AnalyzeSettings): Outcome<EpisodeSummary> {
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, value: summarizeTranscript(parsed.value, { ...settings, source: file }).summary };
  } catch (e) {
    return { ok: false, reason: `analysis failed: ${(e as Error).message}` };
  }
}

/** What pass 1 needs of a file: its term counts (for document frequencies and a tag model), its tags as taxonomy topics, and for `discovered` its segments. */
export interface FileTerms {
  counts: Map<string, number>;
  labels: string[];
  document?: TopicDocument;
}

export function fileTerms(result: ParseResult, settings: AnalyzeSettings): FileTerms {
  const { episode } = result;
  const taxonomy = settings.taxonomy ?? defaultTaxonomy;
  const labels = [...new Set(episode.meta.tags.map((t) => mapTag(t, taxonomy)).filter((id): id is string => !!id))];
  const terms: FileTerms = { counts: termCounts(episode), labels };
  if (settings.method === 'discovered') terms.document = topicDocument(episode);
  return terms;
}

/**
 * The transcript text a runner keeps parsed between the passes, at most. Off by default: on 10,000 DTC files
 * keeping 20 M characters raised the CLI's peak from 542 MB to 1,182 MB (the 1 GB budget), for no measurable
 * speed gain, and the cause of the growth is not yet found. `FileAnalyzer` still takes a budget.
 */
export const HOLD_CHARACTERS = 0;

/**
 * One thread's analysis of files. Pass 1 (`terms`) parses a sampled file and keeps the parse for pass 2 (`analyze`),
 * so that each file is parsed once per run; pass 2 lets go of it. Past `holdCharacters` of transcript text kept,
 * a file is parsed again in pass 2 instead, so that a sample of very long transcripts cannot exhaust memory.
 */
export class FileAnalyzer {
  private readonly held = new Map<string, { parsed: Outcome<ParseResult>; characters: number }>();
  private characters = 0;
  constructor(
    public settings: AnalyzeSettings,
    private readonly holdCharacters = HOLD_CHARACTERS,
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

  async analyze(file: string): Promise<Outcome<EpisodeSummary>> {
    const held = this.held.get(file);
    if (held) {
      this.held.delete(file);
      this.characters -= held.characters;
    }
    return summarizeFile(file, held?.parsed ?? (await parseFile(file, this.settings)), this.settings);
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

/** Document frequencies, counted in a prototype-less object (faster to grow than a Map converted at the end). */
export class StatsBuilder {
  private documents = 0;
  private readonly df: Record<string, number> = Object.create(null);
  add(terms: Iterable<string>): void {
    this.documents++;
    for (const k of terms) this.df[k] = (this.df[k] ?? 0) + 1;
  }
  get count(): number {
    return this.documents;
  }
  build(): CorpusStats {
    return { documents: this.documents, documentFrequency: this.df };
  }
}
