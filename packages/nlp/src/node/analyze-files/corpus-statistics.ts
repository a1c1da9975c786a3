import { chooseDiscoveredTopics, prepareDiscovery } from '../../discover/discover-topics.js';
import { topicCandidate } from '../../discover/topic-candidate.js';
import { trainTagClassifierOnTerms, type LabelledTerms, type TopicDocument } from '../../index.js';
import { StatsBuilder, type AnalyzeSettings } from './analyze-file.js';
import type { TopicMethod } from '../../index.js';
import { evenSample, forEachInOrder } from './in-order.js';
import type { Runner } from './runner.js';

/** The topics asked for: a method, `auto` (combined where enough files carry tags, else taxonomy) or `discovered`. */
export type RequestedTopics = TopicMethod | 'auto' | 'discovered';

/** Keyword statistics come from at most this many files, spread over the input. */
export const SAMPLE = 500;
/** The tag model of --topics auto|learned|combined learns from at most this many of those files. */
export const TRAIN_SAMPLE = 200;

/** The files pass 1 reads: up to SAMPLE spread evenly over the input; none for a single file. */
export function corpusSample(files: readonly string[]): string[] {
  return files.length > 1 ? evenSample(files, SAMPLE) : [];
}

export interface CorpusStatistics {
  /** The settings of pass 2: corpus statistics, the tag model or the discovered topics, the topic method. */
  settings: AnalyzeSettings;
  /** The thread holding each sampled file's parse, for those kept. */
  holders: Map<string, number>;
  /** Files the discovered topics were sought in, where none were found. */
  undiscovered?: number;
}

/**
 * Pass 1: corpus statistics for keywords (and the tag model for --topics auto|learned|combined, the topics of
 * --topics discovered) from up to SAMPLE files spread evenly over the input, each parsed once and kept by the thread
 * that parsed it for pass 2. A single file is weighed against the built-in background model.
 */
export async function gatherCorpusStatistics(
  files: readonly string[],
  {
    runner,
    settings,
    topics,
    onFile,
  }: { runner: Runner; settings: AnalyzeSettings; topics: RequestedTopics; onFile?: () => void },
): Promise<CorpusStatistics> {
  const sample = corpusSample(files);
  const next: AnalyzeSettings = { ...settings };
  const holders = new Map<string, number>();
  if (sample.length === 0) return { settings: next, holders };
  const stats = new StatsBuilder();
  // A model is trained only where one is asked for (or auto finds enough tagged files): then term counts are kept.
  const learns = topics === 'auto' || topics === 'learned' || topics === 'combined';
  const docs: LabelledTerms[] = [];
  const segmented: TopicDocument[] = [];
  await forEachInOrder(
    sample,
    runner.window,
    (file) => runner.terms(file),
    ({ terms, holder }, file) => {
      if (holder !== undefined) holders.set(file, holder);
      onFile?.();
      if (!terms) return;
      stats.add(terms.keys);
      if (learns && terms.labels.length > 0)
        docs.push({ counts: new Map(terms.keys.map((k, i) => [k, terms.counts[i]!])), labels: terms.labels });
      if (terms.document) segmented.push(terms.document);
    },
  );
  let undiscovered: number | undefined;
  if (topics === 'discovered') {
    // The numbers of topics are tried on the worker threads, which have nothing else to do until the topics are found.
    const prepared = prepareDiscovery(segmented);
    const { corpus, counts } = prepared;
    const tried = !corpus
      ? []
      : runner.topicCandidates
        ? await runner.topicCandidates(corpus, counts)
        : counts.map((k) => topicCandidate(corpus, k));
    const found = chooseDiscoveredTopics(prepared, tried);
    next.discovered = found.model;
    if (found.topics.length === 0) undiscovered = segmented.length;
  }
  if (stats.count > 1) next.stats = stats.build();
  if (topics === 'auto' && docs.length >= 10) next.method = 'combined';
  // Training time grows with the documents (about 27 ms each on the DTC corpus); 200 spread over the input keep it to seconds.
  if (next.method !== 'taxonomy' && next.method !== 'discovered' && docs.length > 0)
    next.model = trainTagClassifierOnTerms(evenSample(docs, TRAIN_SAMPLE));
  return { settings: next, holders, undiscovered };
}
