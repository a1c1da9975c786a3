import {
  speakerBalance,
  summarizeEpisode,
  type Diagnostic,
  type Episode,
  type EpisodeSummary,
  type ParseResult,
  type SpeakerBalance,
} from '@podlens/parser';
import { enrichSummary, taxonomyFields, type EnrichOptions, type TaxonomyFields } from '../enrich/enrich-summary.js';

export interface SummarizeTranscriptOptions extends Pick<
  EnrichOptions,
  'stats' | 'taxonomy' | 'method' | 'model' | 'discovered' | 'autoChapters'
> {
  /** Where the transcript came from (the summary's `source`). */
  source: string;
}

/** A transcript through the whole pipeline: the parsed episode, its speaker balance and the summary contract with every field filled. */
export interface TranscriptAnalysis {
  episode: Episode;
  diagnostics: Diagnostic[];
  balance: SpeakerBalance;
  summary: EpisodeSummary;
  /** Every taxonomy topic's own score above 0 (the summary keeps the best ten), for `topicBranch`'s tree views. */
  topicScores: Record<string, number>;
}

/** What the last steps need of neither corpus statistics nor a model: the speaker balance, topic flow and coverage. */
export interface PreparedTranscript {
  balance: SpeakerBalance;
  fields: TaxonomyFields;
}

/** `summarizeTranscript`'s work that needs no corpus statistics or model, to do ahead while they are made. */
export function prepareTranscript(
  result: ParseResult,
  options: Pick<SummarizeTranscriptOptions, 'taxonomy'> = {},
): PreparedTranscript {
  return {
    balance: speakerBalance(result.episode),
    fields: taxonomyFields(result.episode, { taxonomy: options.taxonomy }),
  };
}

/**
 * The last steps of the pipeline: the speaker balance (computed once), the summary contract and its NLP fields;
 * `prepared` is `prepareTranscript(result, options)` where it was done ahead.
 */
export function summarizeTranscript(
  result: ParseResult,
  options: SummarizeTranscriptOptions,
  prepared: PreparedTranscript = prepareTranscript(result, options),
): TranscriptAnalysis {
  const { episode, diagnostics } = result;
  const { balance } = prepared;
  const summary = summarizeEpisode(result, { source: options.source, balance });
  const nlp = enrichSummary(
    episode,
    {
      stats: options.stats,
      taxonomy: options.taxonomy,
      method: options.method,
      model: options.model,
      discovered: options.discovered,
      autoChapters: options.autoChapters,
    },
    prepared.fields,
  );
  summary.keywords = nlp.keywords;
  summary.topics = nlp.topics;
  summary.topicFlow = nlp.topicFlow;
  summary.topicCoverage = nlp.topicCoverage;
  summary.diagnostics.push(...nlp.diagnostics);
  if (nlp.chapters) summary.chapters = [...summary.chapters, ...nlp.chapters].sort((a, b) => a.start - b.start);
  return { episode, diagnostics, balance, summary, topicScores: nlp.topicScores };
}
