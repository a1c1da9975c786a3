import { chooseDiscoveredTopics, prepareDiscovery } from '../../discover/discover-topics.js';
import { topicCandidate } from '../../discover/topic-candidate.js';
import type { CorpusStats, TopicDocument } from '../../index.js';
import { trainTagClassifierOnNumbers, type NumberedTerms } from '../../learn/train-tag-classifier.js';
import type { AnalyzeSettings } from './analyze-file.js';
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

/** Corpus statistics from document frequencies by number (`df[id]`, the key `keys[id]`), in a prototype-less object. */
export function corpusStats(documents: number, df: Int32Array, keys: readonly string[]): CorpusStats {
  const documentFrequency: Record<string, number> = Object.create(null);
  for (let id = 0; id < keys.length; id++) if (df[id]! > 0) documentFrequency[keys[id]!] = df[id]!;
  return { documents, documentFrequency };
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
  // Document frequencies by the keys' numbers in `runner.keys`.
  let df = new Int32Array(1024);
  let documents = 0;
  // A model is trained only where one is asked for (or auto finds enough tagged files): then term counts are kept.
  const learns = topics === 'auto' || topics === 'learned' || topics === 'combined';
  const docs: NumberedTerms[] = [];
  const segmented: TopicDocument[] = [];
  await forEachInOrder(
    sample,
    runner.window,
    (file) => runner.terms(file),
    ({ terms, holder }, file) => {
      if (holder !== undefined) holders.set(file, holder);
      onFile?.();
      if (!terms) return;
      documents++;
      if (df.length < runner.keys.size) {
        const wider = new Int32Array(Math.max(runner.keys.size, 2 * df.length));
        wider.set(df);
        df = wider;
      }
      for (let j = 0; j < terms.ids.length; j++) df[terms.ids[j]!]!++;
      if (learns && terms.labels.length > 0) docs.push({ ids: terms.ids, counts: terms.counts, labels: terms.labels });
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
  if (documents > 1) next.stats = corpusStats(documents, df, runner.keys.keys);
  if (topics === 'auto' && docs.length >= 10) next.method = 'combined';
  // Training time grows with the documents (about 27 ms each on the DTC corpus); 200 spread over the input keep it to seconds.
  if (next.method !== 'taxonomy' && next.method !== 'discovered' && docs.length > 0)
    next.model = trainTagClassifierOnNumbers(evenSample(docs, TRAIN_SAMPLE), runner.keys.keys);
  return { settings: next, holders, undiscovered };
}
