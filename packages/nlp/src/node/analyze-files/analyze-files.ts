import type { EpisodeSummary } from '@podlens/parser';
import type { AnalyzeSettings, Outcome } from './analyze-file.js';
import { corpusSample, gatherCorpusStatistics, type RequestedTopics } from './corpus-statistics.js';
import { forEachInOrder } from './in-order.js';
import { createRunner } from './runner.js';

export interface AnalyzeFilesOptions {
  /** Worker threads; 1 analyzes on this thread (as do fewer than 8 files). */
  jobs: number;
  /** How files are read and analyzed (input format, people, taxonomy, auto-chapters); `method` is set from `topics`. */
  settings?: Omit<AnalyzeSettings, 'method' | 'stats' | 'model' | 'discovered'> & { autoChapters?: boolean };
  /** Default `auto`: the taxonomy plus a model learned from the files' own tags where ten or more carry tags. */
  topics?: RequestedTopics;
  /** Called as each file is done, in pass 1 (corpus statistics, on a sample) and pass 2 (its summary). */
  onProgress?: (progress: { pass: 1 | 2; file: string; done: number; total: number }) => void;
  /** The module the worker threads run: default this package's own; a bundle of it that calls `serveAnalyzeRequests`. */
  workerUrl?: URL;
}

export interface AnalyzedFile {
  file: string;
  outcome: Outcome<EpisodeSummary>;
}

/**
 * The CLI's pipeline for any program: corpus statistics (and the tag model or discovered topics) from a sample of
 * the files, then every file's summary, on a pool of worker threads, each file parsed once where the sample is the
 * whole input. Yields in the files' order, holding at most a few results at a time.
 */
export async function* analyzeFiles(
  files: readonly string[],
  options: AnalyzeFilesOptions,
): AsyncGenerator<AnalyzedFile> {
  if (!Number.isInteger(options.jobs) || options.jobs < 1)
    throw new TypeError(`analyzeFiles: jobs must be a whole number >= 1, got ${String(options.jobs)}`);
  const topics = options.topics ?? 'auto';
  const settings: AnalyzeSettings = {
    autoChapters: false,
    ...options.settings,
    method: topics === 'auto' ? 'taxonomy' : topics,
  };
  const runner = createRunner(settings, { jobs: options.jobs, files: files.length, workerUrl: options.workerUrl });
  try {
    const total = corpusSample(files).length;
    let done = 0;
    const pass1 = await gatherCorpusStatistics(files, {
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
      files,
      runner.window,
      (file) => runner.analyze(file, 'jsonl', pass1.holders.get(file)),
      async (outcome, file) => {
        ready.push({
          file,
          outcome: outcome.ok ? { ok: true, value: JSON.parse(outcome.value) as EpisodeSummary } : outcome,
        });
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
