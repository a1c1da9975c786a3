import { FileAnalyzer, HOLD_CHARACTERS, type AnalyzeSettings, type FileTerms, type WireTerms } from './analyze-file.js';
import type { DiscoveryCorpus } from '../../discover/cluster-terms.js';
import { topicCandidate, type TopicCandidate } from '../../discover/topic-candidate.js';
import { SAMPLE } from './corpus-statistics.js';
import { KeyDecoder, KeyTable } from './key-wire.js';
import { Pool } from './pool.js';
import { packSettings } from './settings-wire.js';
import type { OutputFormat } from './render.js';
import { renderAnalysis, type AnalyzeRequest, type RenderedOutcome } from './render-analysis.js';

/** A file's terms as pass 1 counts them on the main thread: its distinct keys as numbers into the runner's `keys`. */
export type NumberedFileTerms = Omit<FileTerms, 'keys'> & { ids: Int32Array };

/** Where files are analyzed: worker threads, or this thread for a few files or `--jobs 1`. */
export interface Runner {
  /** Files in flight at once. */
  readonly window: number;
  /** The keys of every file `terms` gave, numbered. */
  readonly keys: KeyTable;
  /** Pass 1 of a sampled file; `holder` is the thread that keeps its parse for `analyze`, if one does. */
  terms(file: string): Promise<{ terms: NumberedFileTerms | undefined; holder?: number }>;
  /**
   * Pass 2: a file's summary rendered as `format`, on the thread that holds its parse where there is one; `request`
   * gives its reading (edits, chapter list, source) and asks for its detail.
   */
  analyze(file: string, format: OutputFormat, holder?: number, request?: AnalyzeRequest): Promise<RenderedOutcome>;
  /** `topicCandidate` of each of `counts` on `corpus`, spread over the threads; in the order of `counts`. */
  topicCandidates?(corpus: DiscoveryCorpus, counts: readonly number[]): Promise<TopicCandidate[]>;
  /** The settings pass 1 completed (corpus statistics, models), for every thread. */
  update(settings: AnalyzeSettings): Promise<void>;
  close(): Promise<void>;
}

/** Whether a run over `files` files keeps pass 1's parses for pass 2: where pass 1 reads every file. */
export function holdsParses(files: number): boolean {
  return files <= SAMPLE;
}

/** Worker threads where there are `jobs` > 1 and 8 files or more, else this thread. */
export function createRunner(
  settings: AnalyzeSettings,
  {
    jobs,
    files,
    holdCharacters = holdsParses(files) ? HOLD_CHARACTERS : 0,
    workerUrl,
  }: { jobs: number; files: number; holdCharacters?: number; workerUrl?: URL },
): Runner {
  return jobs > 1 && files >= 8
    ? poolRunner(new Pool(Math.min(jobs, files), settings, { holdCharacters, workerUrl }))
    : localRunner(settings, holdCharacters);
}

function poolRunner(pool: Pool): Runner {
  // One per worker (each numbers the keys it sends on its own), into one table.
  const keys = new KeyTable();
  const decoders = Array.from({ length: pool.size }, () => new KeyDecoder(keys));
  return {
    window: pool.size * 4,
    keys,
    async terms(file) {
      const { result, worker } = await pool.run({ kind: 'terms', file });
      const { terms: wire, held } = result as { terms: WireTerms | undefined; held: boolean };
      let terms: NumberedFileTerms | undefined;
      if (wire) {
        const { keys: sent, ...rest } = wire;
        terms = { ...rest, ids: decoders[worker]!.decodeIds(sent) };
      }
      return { terms, holder: held ? worker : undefined };
    },
    async analyze(file, format, holder, request) {
      return (await pool.run({ kind: 'analyze', file, format, ...request }, holder)).result as RenderedOutcome;
    },
    async topicCandidates(corpus, counts) {
      await pool.broadcast({ kind: 'discovery', corpus });
      // The most clusters (the longest to find) first, so that the threads finish together.
      const order = [...counts].sort((a, b) => b - a);
      const found = await Promise.all(order.map((k) => pool.run({ kind: 'topic-candidate', k })));
      await pool.broadcast({ kind: 'discovery', corpus: undefined });
      return counts.map((k) => found[order.indexOf(k)]!.result as TopicCandidate);
    },
    update: (settings) => pool.broadcast({ kind: 'settings', settings: packSettings(settings) }),
    close: () => pool.close(),
  };
}

function localRunner(settings: AnalyzeSettings, holdCharacters: number): Runner {
  const analyzer = new FileAnalyzer(settings, holdCharacters);
  const keys = new KeyTable();
  return {
    window: 1,
    keys,
    async terms(file) {
      const found = await analyzer.terms(file);
      let terms: NumberedFileTerms | undefined;
      if (found) {
        const { keys: names, ...rest } = found;
        terms = { ...rest, ids: Int32Array.from(names, (key) => keys.id(key)) };
      }
      return { terms, holder: analyzer.holds(file) ? 0 : undefined };
    },
    analyze: (file, format, _holder, request) => renderAnalysis(analyzer, file, format, request),
    async topicCandidates(corpus, counts) {
      return counts.map((k) => topicCandidate(corpus, k));
    },
    async update(next) {
      analyzer.settings = next;
    },
    async close() {},
  };
}
