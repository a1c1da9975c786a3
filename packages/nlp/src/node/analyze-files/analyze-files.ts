import type { EpisodeSummary } from '@podlens/parser';
import type { AnalyzeSettings, FileJob, Outcome } from './analyze-file.js';
import { corpusSample, gatherCorpusStatistics, type RequestedTopics } from './corpus-statistics.js';
import { forEachInOrder } from './in-order.js';
import type { DetailFigures } from './render-analysis.js';
import { createRunner } from './runner.js';

export interface AnalyzeFilesOptions {
  /** Worker threads; 1 analyzes on this thread (as do fewer than 8 files). */
  jobs: number;
  /** How files are read and analyzed (input format, people, taxonomy, auto-chapters); `method` is set from `topics`. */
  settings?: Omit<AnalyzeSettings, 'method' | 'stats' | 'model' | 'discovered'> & { autoChapters?: boolean };
  /** Default `auto`: the taxonomy plus a model learned from the files' own tags where ten or more carry tags. */
  topics?: RequestedTopics;
  /**
   * Where keywords are weighed: `corpus` (default) against document frequencies from a sample of the files (pass 1);
   * `background` against nlp's built-in background model, as a single file is, with no pass 1, so that a file's
   * figures do not move when others are added (then `auto` is the taxonomy: no tag model is learned).
   */
  stats?: 'corpus' | 'background';
  /**
   * Also give each file's `TranscriptDetail` (turns, balance windows, speaker topics by name) as JSON text, and its
   * light figures (`DetailFigures`) beside it.
   */
  detail?: boolean;
  /**
   * The URL of a module whose default export (`AnalysisExtra`) is called with each analyzed file's whole analysis
   * on the thread that analyzed it; what it returns comes as the file's `extra` (a package's own per-file step
   * without parsing the file again: @podlens/archive's `ARCHIVE_RECORD_MODULE`).
   */
  extra?: string | URL;
  /** Called as each file is done, in pass 1 (corpus statistics, on a sample) and pass 2 (its summary). */
  onProgress?: (progress: { pass: 1 | 2; file: string; done: number; total: number }) => void;
  /** The module the worker threads run: default this package's own; a bundle of it that calls `serveAnalyzeRequests`. */
  workerUrl?: URL;
}

export interface AnalyzedFile {
  file: string;
  outcome: Outcome<EpisodeSummary>;
  /** With `detail`, for a file that was analyzed: its `TranscriptDetail` as JSON text (kept as text by an app that stores it). */
  detail?: string;
  /** With `detail`: its turn count, speaker topics and topic scores, so that a caller need not parse the detail for them. */
  figures?: DetailFigures;
  /** With `extra`, for a file that was analyzed: what the extra module returned. */
  extra?: unknown;
}

/**
 * The CLI's pipeline for any program: corpus statistics (and the tag model or discovered topics) from a sample of
 * the files, then every file's summary, on a pool of worker threads, each file parsed once where the sample is the
 * whole input. Yields in the files' order, holding at most a few results at a time. A file may come as a `FileJob`:
 * with its own speaker edits, chapter list and summary `source`.
 */
export async function* analyzeFiles(
  inputs: readonly (string | FileJob)[],
  options: AnalyzeFilesOptions,
): AsyncGenerator<AnalyzedFile> {
  if (!Number.isInteger(options.jobs) || options.jobs < 1)
    throw new TypeError(`analyzeFiles: jobs must be a whole number >= 1, got ${String(options.jobs)}`);
  const requests = inputs.map((input) => (typeof input === 'string' ? { file: input } : input));
  const files = requests.map((r) => r.file);
  const topics = options.topics ?? 'auto';
  const background = options.stats === 'background';
  if (background && topics !== 'auto' && topics !== 'taxonomy')
    throw new TypeError(
      `analyzeFiles: stats 'background' learns no model, so topics must be auto or taxonomy, got ${topics}`,
    );
  const settings: AnalyzeSettings = {
    autoChapters: false,
    ...options.settings,
    method: topics === 'auto' ? 'taxonomy' : topics,
  };
  const extra = options.extra === undefined ? undefined : String(options.extra);
  const runner = createRunner(settings, { jobs: options.jobs, files: files.length, workerUrl: options.workerUrl });
  try {
    const total = background ? 0 : corpusSample(files).length;
    let done = 0;
    const pass1 = background
      ? { settings, holders: new Map<string, number>() }
      : await gatherCorpusStatistics(files, {
          runner,
          settings,
          topics,
          onFile: () => options.onProgress?.({ pass: 1, file: '', done: ++done, total }),
        });
    if (total > 0) await runner.update(pass1.settings);
    // forEachInOrder hands results to a callback; a short queue turns them into what this generator yields, and
    // the callback waits while the consumer is behind.
    const ready: AnalyzedFile[] = [];
    let wakeConsumer: (() => void) | undefined;
    let wakeProducer: (() => void) | undefined;
    let finished = false;
    let failed: unknown;
    let written = 0;
    const finish = (e?: unknown) => {
      failed = e;
      finished = true;
      wakeConsumer?.();
    };
    void forEachInOrder(
      requests,
      runner.window,
      ({ file, ...reading }) =>
        runner.analyze(file, 'jsonl', pass1.holders.get(file), { reading, detail: options.detail, extra }),
      async (outcome, { file }) => {
        ready.push(
          outcome.ok
            ? {
                file,
                outcome: { ok: true, value: JSON.parse(outcome.value) as EpisodeSummary },
                ...(outcome.detail === undefined ? {} : { detail: outcome.detail, figures: outcome.figures }),
                ...(outcome.extra === undefined ? {} : { extra: outcome.extra }),
              }
            : { file, outcome: { ok: false, reason: outcome.reason } },
        );
        options.onProgress?.({ pass: 2, file, done: ++written, total: files.length });
        wakeConsumer?.();
        while (ready.length >= runner.window) await new Promise<void>((resolve) => (wakeProducer = resolve));
      },
    ).then(() => finish(), finish);
    for (;;) {
      while (ready.length > 0) {
        const next = ready.shift()!;
        wakeProducer?.();
        yield next;
      }
      if (finished) break;
      await new Promise<void>((resolve) => (wakeConsumer = resolve));
    }
    if (failed) throw failed;
  } finally {
    await runner.close();
  }
}
