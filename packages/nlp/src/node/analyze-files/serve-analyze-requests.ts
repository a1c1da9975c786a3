/// <reference types="node" />
import { parentPort, workerData } from 'node:worker_threads';
import type { DiscoveryCorpus } from '../../discover/cluster-terms.js';
import { topicCandidate } from '../../discover/topic-candidate.js';
import { FileAnalyzer, toWire, type AnalyzeSettings } from './analyze-file.js';
import { KeyEncoder } from './key-wire.js';
import { renderAnalysis, type AnalyzeRequest } from './render-analysis.js';
import type { OutputFormat } from './render.js';
import { unpackSettings, type WireSettings } from './settings-wire.js';

export type WorkerRequest =
  | { id: number; kind: 'terms'; file: string }
  | ({ id: number; kind: 'analyze'; file: string; format: OutputFormat } & AnalyzeRequest)
  | { id: number; kind: 'settings'; settings: WireSettings }
  | { id: number; kind: 'discovery'; corpus: DiscoveryCorpus | undefined }
  | { id: number; kind: 'topic-candidate'; k: number };
export type WorkerResponse = { id: number; result: unknown };

/** Answers a `Pool`'s requests on this worker thread: what the module a pool's threads run calls. */
export function serveAnalyzeRequests(): void {
  if (!parentPort) throw new Error('serveAnalyzeRequests: not on a worker thread');
  const port = parentPort;
  // Each of the pool's threads has its share of the budget of text kept between the passes.
  const { settings, holdCharacters } = workerData as { settings: AnalyzeSettings; holdCharacters: number };
  const analyzer = new FileAnalyzer(settings, holdCharacters);
  const encoder = new KeyEncoder();
  // Held files whose statistics-free analysis is still to do: done one at a time between requests, so that the
  // thread works while the main thread makes the corpus statistics and the tag model, and answers requests first.
  const toPrepare: string[] = [];
  let preparing = false;
  const prepareNext = () => {
    const file = toPrepare.shift();
    if (file !== undefined) analyzer.prepare(file);
    if (toPrepare.length > 0) setImmediate(prepareNext);
    else preparing = false;
  };
  // The corpus of --topics discovered while its numbers of topics are tried, one per request.
  let corpus: DiscoveryCorpus | undefined;
  port.on('message', (req: WorkerRequest) => {
    void (async () => {
      let result: unknown;
      // The typed arrays of a file's terms move to the main thread instead of being copied.
      let transfer: ArrayBuffer[] = [];
      if (req.kind === 'settings') {
        analyzer.settings = unpackSettings(req.settings);
        result = true;
      } else if (req.kind === 'discovery') {
        corpus = req.corpus;
        result = true;
      } else if (req.kind === 'topic-candidate') {
        if (!corpus) throw new Error('serveAnalyzeRequests: a topic candidate asked for before its corpus');
        result = topicCandidate(corpus, req.k);
      } else if (req.kind === 'terms') {
        const terms = await analyzer.terms(req.file);
        const wire = terms && toWire(terms, encoder);
        if (wire) transfer = [wire.keys.ids.buffer as ArrayBuffer, wire.counts.buffer as ArrayBuffer];
        result = { terms: wire, held: analyzer.holds(req.file) };
        if (analyzer.holds(req.file)) {
          toPrepare.push(req.file);
          if (!preparing) {
            preparing = true;
            setImmediate(prepareNext);
          }
        }
      }
      // Rendered here: the main thread only writes the text, in order.
      else result = await renderAnalysis(analyzer, req.file, req.format, req);
      port.postMessage({ id: req.id, result } satisfies WorkerResponse, transfer);
    })();
  });
}
