import { summarizeEpisode, UnknownFormatError, type EpisodeSummary, type FormatName } from '@podlens/parser';
import { readTranscriptFile, type FileParseResult } from '@podlens/parser/node';
import { buildCorpusStats, enrichSummary, type CorpusStats, type TagModel, type Taxonomy, type TopicMethod } from '@podlens/nlp';

/** Everything a file's analysis depends on; plain data, so that worker threads get the same. */
export interface AnalyzeSettings {
  inputFormat?: FormatName;
  people?: Record<string, string>;
  taxonomy?: Taxonomy;
  method: TopicMethod;
  autoChapters: boolean;
  stats?: CorpusStats;
  model?: TagModel;
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
  const nlp = enrichSummary(result.episode, { stats: settings.stats, taxonomy: settings.taxonomy, method: settings.method, model: settings.model, autoChapters: settings.autoChapters });
  summary.keywords = nlp.keywords;
  summary.topics = nlp.topics;
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

/** One file's share of the corpus statistics (which terms it says). */
export async function fileStats(file: string, settings: AnalyzeSettings): Promise<CorpusStats | undefined> {
  const parsed = await parseFile(file, settings);
  return parsed.ok ? buildCorpusStats([parsed.value.episode]) : undefined;
}

export function mergeStats(into: CorpusStats, part: CorpusStats): CorpusStats {
  into.documents += part.documents;
  for (const [k, n] of Object.entries(part.documentFrequency)) into.documentFrequency[k] = (into.documentFrequency[k] ?? 0) + n;
  return into;
}
