import { UploadError } from './upload-error.js';

/** What is read of a request: a Request, or anything with its headers and a byte stream. */
export interface BodySource {
  headers: Headers;
  body: ReadableStream<Uint8Array> | null;
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** The 413 of an upload over the limit, naming the limit and the setting that raises it. */
export function overLimit(limit: number, size?: number): UploadError {
  const what = size === undefined ? 'The file is over' : `The file is ${mb(size)}; over`;
  return new UploadError(
    `${what} the upload limit of ${mb(limit)} (${limit} bytes; set PODLENS_MAX_UPLOAD_BYTES to change it).`,
    413,
  );
}

/**
 * Reads a request body of at most `limit` bytes. Nothing is allocated from the Content-Length header: a declared
 * size over the limit is refused before any byte is read, and the stream is read with a running count, so a
 * body that sends more than it declared (or declares nothing) is cut off one chunk past the limit.
 */
export async function readBody(
  request: BodySource,
  limit: number,
  tooLarge: (limit: number, size?: number) => Error = overLimit,
): Promise<Uint8Array> {
  const header = request.headers.get('content-length');
  const declared = header === null ? NaN : Number(header);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit, declared);
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) throw tooLarge(limit);
      chunks.push(value);
    }
  } catch (error) {
    // The server's own cap on request bodies (adapter-node's BODY_SIZE_LIMIT) speaks with a status of 413.
    if ((error as { status?: number }).status === 413 && !(error instanceof UploadError)) throw tooLarge(limit);
    throw error;
  } finally {
    reader.releaseLock();
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
