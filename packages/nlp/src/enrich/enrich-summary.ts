import type { Episode } from '@podlens/parser';
import { autoChapters } from '../chapters/auto-chapters.js';
import type { CorpusStats } from '../corpus/build-corpus-stats.js';
import type { DiscoveredTopicModel } from '../discover/discover-topics.js';
import { discoveredTopics } from '../discover/discovered-topics.js';
import { topicFlow, type TopicFlowBin } from '../flow/topic-flow.js';
import { keywords } from '../keywords/keywords.js';
import type { TagModel } from '../learn/train-tag-classifier.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { lowTopicCoverage, topicCoverage, type TopicCoverage } from '../topics/topic-coverage.js';
import { topics, type TopicMethod } from '../topics/topics.js';

export interface EnrichOptions {
  stats?: CorpusStats;
  taxonomy?: Taxonomy;
  /** `discovered` scores the topics of `discovered` (from `discoverTopics`); the topic flow stays on the taxonomy. */
  method?: TopicMethod | 'discovered';
  model?: TagModel;
  discovered?: DiscoveredTopicModel;
  autoChapters?: boolean;
  keywordLimit?: number;
  topicLimit?: number;
  binSeconds?: number;
}

export interface Enrichment {
  keywords: { term: string; score: number }[];
  topics: { id: string; label: string; score: number }[];
  topicFlow: { binSeconds: number; bins: TopicFlowBin[] };
  /** Every taxonomy topic's own score above 0 (`topics` keeps the best ten): what `topicBranch` rolls up for the tree views. */
  topicScores: Record<string, number>;
  /** How much of the episode's words the taxonomy covers; `low` where its topics say little (try discovered topics). */
  topicCoverage: TopicCoverage;
  /** An info diagnostic `nlp:topic-coverage` where the coverage is low and the topics come from the taxonomy. */
  diagnostics: { severity: 'info'; origin: string; message: string; line: null }[];
  /** Only with `autoChapters: true`; `autoChapters` never reads the transcript's own headings. */
  chapters?: { title: string; start: number; end: number; origin: 'auto' }[];
}

/** The NLP fields that need neither corpus statistics nor a model: the topic flow and the taxonomy's coverage. */
export type TaxonomyFields = Pick<Enrichment, 'topicFlow' | 'topicCoverage'>;

/**
 * `enrichSummary`'s topic flow and topic coverage alone, so that a worker can work them out while the corpus
 * statistics and the tag model are still being made.
 */
export function taxonomyFields(
  episode: Episode,
  options: Pick<EnrichOptions, 'taxonomy' | 'binSeconds'> = {},
): TaxonomyFields {
  const flow = topicFlow(episode, { taxonomy: options.taxonomy, binSeconds: options.binSeconds });
  return {
    topicFlow: { binSeconds: flow.binSeconds, bins: flow.bins },
    topicCoverage: topicCoverage(episode, { taxonomy: options.taxonomy }),
  };
}

/**
 * The NLP fields of the CLI's JSON summary, computed once for the CLI and the dashboard alike; `fields` are
 * `taxonomyFields(episode, options)` where they were worked out before.
 */
export function enrichSummary(
  episode: Episode,
  options: EnrichOptions = {},
  fields: TaxonomyFields = taxonomyFields(episode, options),
): Enrichment {
  const topicLimit = options.topicLimit ?? 10;
  const coverage = fields.topicCoverage;
  let all: ReturnType<typeof topics> | undefined;
  const ranked = () =>
    (all ??= topics(episode, {
      taxonomy: options.taxonomy,
      method: options.method === 'discovered' ? 'taxonomy' : options.method,
      model: options.model,
    }));
  const result: Enrichment = {
    keywords: keywords(episode, { stats: options.stats, limit: options.keywordLimit ?? 20 }).map(({ term, score }) => ({
      term,
      score,
    })),
    topics:
      options.method === 'discovered' && options.discovered
        ? discoveredTopics(episode, options.discovered).slice(0, topicLimit)
        : ranked().slice(0, topicLimit),
    topicScores: Object.fromEntries(
      ranked()
        .filter((t) => t.score > 0)
        .map((t) => [t.id, t.score]),
    ),
    topicFlow: fields.topicFlow,
    topicCoverage: coverage,
    diagnostics:
      coverage.low && options.method !== 'discovered'
        ? [
            {
              severity: 'info',
              origin: 'nlp:topic-coverage',
              message: `the taxonomy covers ${(100 * coverage.share).toFixed(1)}% of the episode's words (low below ${100 * lowTopicCoverage}%): its topics say little here; discovered topics (--topics discovered) find the folder's own`,
              line: null,
            },
          ]
        : [],
  };
  if (options.autoChapters) {
    result.chapters = autoChapters(episode, { stats: options.stats }).map(({ title, start, end, origin }) => ({
      title,
      start,
      end,
      origin,
    }));
  }
  return result;
}
