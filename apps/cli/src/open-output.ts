import { createWriteStream } from 'node:fs';
import type { OutTarget } from './prepare-out.js';

export interface Output {
  /** Resolves once the text is taken (after a drain where the stream is full); rejects after a stream error. */
  write(text: string): Promise<void>;
  /** Ends the report: a file is renamed into place only now, so that --out never holds half a report. */
  close(): Promise<void>;
}

/** Standard output, or --out as `prepareOut` opened it (through a temporary file beside it, where it is a file). */
export function openOutput(out: { path: string; target: OutTarget } | undefined): Output {
  const stream: NodeJS.WritableStream = out
    ? createWriteStream(out.target.tmp ?? out.path, { fd: out.target.fd })
    : process.stdout;
  let streamError: Error | undefined;
  stream.on('error', (e: Error) => {
    streamError = e;
  });
  return {
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        if (streamError) return reject(streamError);
        if (stream.write(text)) resolve();
        else stream.once('drain', () => resolve());
      }),
    async close() {
      if (!out) return;
      await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
      await out.target.commit();
    },
  };
}
