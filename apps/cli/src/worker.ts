import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile, fileStats, type AnalyzeSettings } from './analyze-file.js';

export type WorkerRequest = { id: number; kind: 'stats' | 'analyze'; file: string } | { id: number; kind: 'settings'; settings: AnalyzeSettings };
export type WorkerResponse = { id: number; result: unknown };

let settings = workerData as AnalyzeSettings;

parentPort!.on('message', (req: WorkerRequest) => {
  void (async () => {
    let result: unknown;
    if (req.kind === 'settings') {
      settings = req.settings;
      result = true;
    } else if (req.kind === 'stats') result = await fileStats(req.file, settings);
    // Sent as a string: one serialisation, and the main thread writes it as it is.
    else {
      const outcome = await analyzeFile(req.file, settings);
      result = outcome.ok ? { ok: true, json: JSON.stringify(outcome.value) } : outcome;
    }
    parentPort!.postMessage({ id: req.id, result } satisfies WorkerResponse);
  })();
});
