import { Worker } from 'node:worker_threads';
import type { AnalyzeSettings } from './analyze-file.js';
import type { OutputFormat } from './render.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

type Request = { kind: 'stats'; file: string } | { kind: 'analyze'; file: string; format: OutputFormat } | { kind: 'settings'; settings: AnalyzeSettings };

/** A fixed set of worker threads, each doing one request at a time. */
export class Pool {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly queue: { req: WorkerRequest; resolve: (v: unknown) => void; reject: (e: Error) => void }[] = [];
  private readonly pending = new Map<number, { worker: Worker; resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor(size: number, settings: AnalyzeSettings) {
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: settings });
      w.on('message', (m: WorkerResponse) => this.done(w, m));
      w.on('error', (e) => {
        for (const [id, p] of this.pending) if (p.worker === w) {
          this.pending.delete(id);
          p.reject(e);
        }
      });
      return w;
    });
    this.idle = [...this.workers];
  }

  run(request: Request): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ req: { ...request, id: this.next++ } as WorkerRequest, resolve, reject });
      this.pump();
    });
  }

  /** Sends the same request to every worker (new settings), after what is queued. */
  async broadcast(request: Request): Promise<void> {
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise((resolve, reject) => {
            const id = this.next++;
            this.pending.set(id, { worker: w, resolve, reject });
            w.postMessage({ ...request, id });
          }),
      ),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const { req, resolve, reject } = this.queue.shift()!;
      this.pending.set(req.id, { worker: w, resolve, reject });
      w.postMessage(req);
    }
  }

  private done(w: Worker, m: WorkerResponse): void {
    const p = this.pending.get(m.id);
    this.pending.delete(m.id);
    p?.resolve(m.result);
    if (!this.idle.includes(w) && ![...this.pending.values()].some((x) => x.worker === w)) this.idle.push(w);
    this.pump();
  }
}
