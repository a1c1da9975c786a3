/// <reference types="node" />
import { parentPort, workerData } from 'node:worker_threads';
import { FileAnalyzer, toWire, type AnalyzeSettings } from './analyze-file.js';
import { renderAnalysis, type AnalyzeRequest } from './render-analysis.js';
import type { OutputFormat } from './render.js';

export type WorkerRequest =
  | { id: number; kind: 'terms'; file: string }
  | ({ id: number; kind: 'analyze'; file: string; format: OutputFormat } & AnalyzeRequest)
  | { id: number; kind: 'settings'; settings: AnalyzeSettings };
export type WorkerResponse = { id: number; result: unknown };

/** Answers a `Pool`'s requests on this worker thread: what the module a pool's threads run calls. */
export function serveAnalyzeRequests(): void {
  if (!parentPort) throw new Error('serveAnalyzeRequests: not on a worker thread');
  const port = parentPort;
  // Each of the pool's threads has its share of the budget of text kept between the passes.
  const { settings, holdCharacters } = workerData as { settings: AnalyzeSettings; holdCharacters: number };
  const analyzer = new FileAnalyzer(settings, holdCharacters);
  port.on('message', (req: WorkerRequest) => {
    void (async () => {
      let result: unknown;
      if (req.kind === 'settings') {
        analyzer.settings = req.settings;
        result = true;
      } else if (req.kind === 'terms') {
        const terms = await analyzer.terms(req.file);
        result = { terms: terms && toWire(terms), held: analyzer.holds(req.file) };
      }
      // Rendered here: the main thread only writes the text, in order.
      else result = await renderAnalysis(analyzer, req.file, req.format, req);
      port.postMessage({ id: req.id, result } satisfies WorkerResponse);
    })();
  });
}
