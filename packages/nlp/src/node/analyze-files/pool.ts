/// <reference types="node" />
import { Worker } from 'node:worker_threads';
import type { DiscoveryCorpus } from '../../discover/cluster-terms.js';
import type { AnalyzeSettings } from './analyze-file.js';
import type { OutputFormat } from './render.js';
import type { WireSettings } from './settings-wire.js';
import type { AnalyzeRequest } from './render-analysis.js';
import type { WorkerRequest, WorkerResponse } from './serve-analyze-requests.js';

type Request =
  | { kind: 'terms'; file: string }
  | ({ kind: 'analyze'; file: string; format: OutputFormat } & AnalyzeRequest)
  | { kind: 'settings'; settings: WireSettings }
  | { kind: 'discovery'; corpus: DiscoveryCorpus | undefined }
  | { kind: 'topic-candidate'; k: number };
type Queued = { req: WorkerRequest; on: number | undefined; resolve: (v: Served) => void; reject: (e: Error) => void };
/** A request's result and the index of the worker that served it. */
export type Served = { result: unknown; worker: number };

/** A fixed set of worker threads, each doing one request at a time; a request may name the worker that must serve it. */
export class Pool {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly queue: Queued[] = [];
  private readonly pending = new Map<
    number,
    { worker: Worker; resolve: (v: Served) => void; reject: (e: Error) => void }
  >();
  private next = 0;

  /**
   * `holdCharacters`: the budget of text the workers together keep parsed between the passes; `workerUrl`: the module
   * each thread runs (this package's `analyze-worker.js`, or a bundle of it that calls `serveAnalyzeRequests`).
   */
  constructor(
    size: number,
    settings: AnalyzeSettings,
    {
      holdCharacters = 0,
      workerUrl = new URL('./analyze-worker.js', import.meta.url),
    }: { holdCharacters?: number; workerUrl?: URL } = {},
  ) {
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(workerUrl, { workerData: { settings, holdCharacters: holdCharacters / size } });
      w.on('message', (m: WorkerResponse) => this.done(w, m));
      w.on('error', (e) => {
        for (const [id, p] of this.pending)
          if (p.worker === w) {
            this.pending.delete(id);
            p.reject(e);
          }
      });
      return w;
    });
    this.idle = [...this.workers];
  }

  get size(): number {
    return this.workers.length;
  }

  /** Runs a request on the first idle worker, or on worker `on` (an index) where given. */
  run(request: Request, on?: number): Promise<Served> {
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { ...request, id: this.next++ } as WorkerRequest, on, resolve, reject });
      this.pump();
    });
  }

  /** Sends the same request to every worker (new settings), after what is queued. */
  async broadcast(request: Request): Promise<void> {
    await Promise.all(
      this.workers.map(
        (w, i) =>
          new Promise((resolve, reject) => {
            const id = this.next++;
            this.pending.set(id, { worker: w, resolve: () => resolve(i), reject });
            w.postMessage({ ...request, id });
          }),
      ),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private pump(): void {
    for (const w of [...this.idle]) {
      const index = this.workers.indexOf(w);
      const at = this.queue.findIndex((q) => q.on === undefined || q.on === index);
      if (at < 0) continue;
      const [{ req, resolve, reject }] = this.queue.splice(at, 1) as [Queued];
      this.idle.splice(this.idle.indexOf(w), 1);
      this.pending.set(req.id, { worker: w, resolve: (result) => resolve(result), reject });
      w.postMessage(req);
    }
  }

  private done(w: Worker, m: WorkerResponse): void {
    const p = this.pending.get(m.id);
    this.pending.delete(m.id);
    p?.resolve({ result: m.result, worker: this.workers.indexOf(w) });
    if (!this.idle.includes(w) && ![...this.pending.values()].some((x) => x.worker === w)) this.idle.push(w);
    this.pump();
  }
}
