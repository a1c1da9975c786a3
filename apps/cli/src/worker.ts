import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile, fileTerms, type AnalyzeSettings } from './analyze-file.js';
import { renderSummary, type OutputFormat } from './render.js';

export type WorkerRequest =
  | { id: number; kind: 'stats'; file: string }
  | { id: number; kind: 'analyze'; file: string; format: OutputFormat }
  | { id: number; kind: 'settings'; settings: AnalyzeSettings };
export type WorkerResponse = { id: number; result: unknown };

let settings = workerData as AnalyzeSettings;

parentPort!.on('message', (req: WorkerRequest) => {
  void (async () => {
    let result: unknown;
    if (req.kind === 'settings') {
      settings = req.settings;
      result = true;
    } else if (req.kind === 'stats') result = await fileTerms(req.file, settings);
    // Rendered here: the main thread only writes the text, in order.
    else {
      const outcome = await analyzeFile(req.file, settings);
      result = outcome.ok ? { ok: true, value: renderSummary(outcome.value, req.format) } : outcome;
    }
    parentPort!.postMessage({ id: req.id, result } satisfies WorkerResponse);
  })();
});
