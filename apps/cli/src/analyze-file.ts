import { summarizeEpisode, UnknownFormatError, type EpisodeSummary, type FormatName } from '@podlens/parser';
import { readTranscriptFile, type FileParseResult } from '@podlens/parser/node';
import { defaultTaxonomy, discoveredTopics, enrichSummary, mapTag, termCounts, type CorpusStats, type DiscoveredTopicModel, type TagModel, type Taxonomy, type TopicMethod } from '@podlens/nlp';

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

/** Reads and parses a file; an input with nothing in it that podlens can use is a failure. */
export async function parseFile(file: string, settings: AnalyzeSettings): Promise<Outcome<FileParseResult>> {
  try {
    const result = await readTranscriptFile(file, { format: settings.inputFormat, people: settings.people });
    const fatal = result.diagnostics.find((d) => d.severity === 'error');
    if (fatal && result.episode.turns.length === 0 && result.episode.chapters.length === 0) return { ok: false, reason: fatal.message };
    return { ok: true, value: result };
  } catch (e) {
    return { ok: false, reason: reasonOf(e, file) };
  }
}

/** The JSON contract of one episode, with the NLP fields filled in. */
export function summarize(result: FileParseResult, settings: AnalyzeSettings): EpisodeSummary {
  const summary = summarizeEpisode(result, { source: result.source });
  const method = settings.method === 'discovered' ? 'taxonomy' : settings.method;
  const nlp = enrichSummary(result.episode, { stats: settings.stats, taxonomy: settings.taxonomy, method, model: settings.model, autoChapters: settings.autoChapters });
  summary.keywords = nlp.keywords;
  summary.topics = settings.method === 'discovered' && settings.discovered ? discoveredTopics(result.episode, settings.discovered).slice(0, 10) : nlp.topics;
  summary.topicFlow = nlp.topicFlow;
  if (nlp.chapters) summary.chapters = [...summary.chapters, ...nlp.chapters].sort((a, b) => a.start - b.start);
  return summary;
}

export async function analyzeFile(file: string, settings: AnalyzeSettings): Promise<Outcome<EpisodeSummary>> {
  const parsed = await parseFile(file, settings);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, value: summarize(parsed.value, settings) };
  } catch (e) {
    return { ok: false, reason: `analysis failed: ${(e as Error).message}` };
  }
}

/** What pass 1 needs of a file: its term counts (for document frequencies and a tag model) and its tags as taxonomy topics. */
export interface FileTerms {
  counts: Map<string, number>;
  labels: string[];
}

export async function fileTerms(file: string, settings: AnalyzeSettings): Promise<FileTerms | undefined> {
  const parsed = await parseFile(file, settings);
  if (!parsed.ok) return undefined;
  const episode = parsed.value.episode;
  const taxonomy = settings.taxonomy ?? defaultTaxonomy;
  const labels = [...new Set(episode.meta.tags.map((t) => mapTag(t, taxonomy)).filter((id): id is string => !!id))];
  return { counts: termCounts(episode), labels };
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
