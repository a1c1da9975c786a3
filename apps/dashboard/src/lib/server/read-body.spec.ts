import { describe, expect, it } from 'vitest';
import { readBody } from './read-body.js';
import type { UploadError } from './upload-error.js';

/** A request whose body hands out `chunks` chunks of `size` bytes and counts how many were read. */
function request(headers: Record<string, string>, chunks: number, size = 1024) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled === chunks) return controller.close();
        pulled++;
        controller.enqueue(new Uint8Array(size).fill(97));
      },
    },
    { highWaterMark: 0 },
  );
  return { req: { headers: new Headers(headers), body }, pulled: () => pulled };
}

const status = async (p: Promise<unknown>) =>
  p.then(
    () => 0,
    (e: UploadError) => e.status,
  );

describe('readBody', () => {
  it('readBody(request, limit) returns the bytes of a body within the limit', async () => {
    const { req } = request({ 'content-length': '3072' }, 3);
    const bytes = await readBody(req, 4096);
    expect(bytes.byteLength).toBe(3072);
    expect(bytes.every((b) => b === 97)).toBe(true);
  });
  it('readBody(a declared 10 GB) answers 413 naming the limit, reading no byte and allocating nothing from the header', async () => {
    const { req, pulled } = request({ 'content-length': String(10 * 1024 ** 3) }, 1e9);
    await expect(readBody(req, 5 * 1048576)).rejects.toThrow(/over the upload limit of 5\.0 MB/);
    expect(pulled()).toBe(0);
  });
  it('readBody(a body with no length that runs past the limit) stops one chunk past it with 413', async () => {
    const { req, pulled } = request({}, 1e6);
    expect(await status(readBody(req, 10 * 1024))).toBe(413);
    // 10 chunks fill the limit, the 11th is over it: nothing more is read
    expect(pulled()).toBe(11);
  });
  it('readBody(a body longer than it declared) is still cut at the limit', async () => {
    const { req } = request({ 'content-length': '10' }, 100);
    expect(await status(readBody(req, 50 * 1024))).toBe(413);
  });
  it("readBody maps the server's own 413 (adapter-node's BODY_SIZE_LIMIT) to a message naming the limit", async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.error(
          Object.assign(new Error('request body size exceeded BODY_SIZE_LIMIT of 524288'), { status: 413 }),
        );
      },
    });
    await expect(readBody({ headers: new Headers(), body }, 1000)).rejects.toThrow(/upload limit/);
  });
  it('readBody(no body) is empty', async () => {
    expect((await readBody({ headers: new Headers(), body: null }, 10)).byteLength).toBe(0);
  });
});
