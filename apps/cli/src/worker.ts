import { parentPort, workerData } from 'node:worker_threads';
import { FileAnalyzer, HOLD_CHARACTERS, type AnalyzeSettings } from './analyze-file.js';
import { renderSummary, type OutputFormat } from './render.js';

export type WorkerRequest =
  | { id: number; kind: 'terms'; file: string }
  | { id: number; kind: 'analyze'; file: string; format: OutputFormat }
  | { id: number; kind: 'settings'; settings: AnalyzeSettings };
export type WorkerResponse = { id: number; result: unknown };

const { settings, threads } = workerData as { settings: AnalyzeSettings; threads: number };
// The pool's threads share the budget of text kept between the passes.
const analyzer = new FileAnalyzer(settings, HOLD_CHARACTERS / threads);

parentPort!.on('message', (req: WorkerRequest) => {
  void (async () => {
    let result: unknown;
    if (req.kind === 'settings') {
      analyzer.settings = req.settings;
      result = true;
    } else if (req.kind === 'terms') result = { terms: await analyzer.terms(req.file), held: analyzer.holds(req.file) };
    // Rendered here: the main thread only writes the text, in order.
    else {
      const outcome = await analyzer.analyze(req.file);
      result = outcome.ok ? { ok: true, value: renderSummary(outcome.value, req.format) } : outcome;
    }
    parentPort!.postMessage({ id: req.id, result } satisfies WorkerResponse);
  })();
});
