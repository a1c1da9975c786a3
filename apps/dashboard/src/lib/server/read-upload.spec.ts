import { describe, expect, it } from 'vitest';
import { readUpload } from './read-upload.js';
import type { UploadError } from './upload-error.js';

const text = '[00:00:01] Ann: Hello there.\n[00:00:05] Bob: Hi Ann.\n';
const post = (body: BodyInit, headers?: Record<string, string>) =>
  new Request('http://x/api/upload', { method: 'POST', body, headers });
const status = async (p: Promise<unknown>) =>
  p.then(
    () => 0,
    (e: UploadError) => e.status,
  );

describe('readUpload', () => {
  it.each([
    'application/octet-stream',
    'text/plain; charset=utf-8',
    'text/vtt',
    'text/markdown',
    'application/x-subrip',
    'application/json',
  ])('readUpload(a %s body) returns the bytes as sent', async (type) => {
    const out = await readUpload(post(text, { 'content-type': type }), 'ep.txt', 1000);
    expect(new TextDecoder().decode(out.bytes)).toBe(text);
    expect(out.name).toBe('ep.txt');
  });
  it('readUpload(multipart/form-data) parses the form: the file bytes only, no part header becomes text', async () => {
    const form = new FormData();
    form.append('file', new File([text], 'from-form.txt', { type: 'text/plain' }));
    const out = await readUpload(post(form), null, 10_000);
    const got = new TextDecoder().decode(out.bytes);
    expect(got).toBe(text);
    expect(got).not.toMatch(/Content-(Type|Disposition)/);
    expect(out.name).toBe('from-form.txt');
  });
  it('readUpload(multipart with two files) is refused with 400', async () => {
    const form = new FormData();
    form.append('a', new File([text], 'a.txt'));
    form.append('b', new File([text], 'b.txt'));
    expect(await status(readUpload(post(form), null, 10_000))).toBe(400);
  });
  it('readUpload(a multipart form over the limit) is refused with 413', async () => {
    const form = new FormData();
    form.append('file', new File(['x'.repeat(5000)], 'a.txt'));
    expect(await status(readUpload(post(form), null, 1000))).toBe(413);
  });
  it.each([['application/x-www-form-urlencoded'], ['image/png'], ['']])(
    'readUpload(content type %j) is refused with 415 listing the accepted types',
    async (type) => {
      const req = new Request('http://x/api/upload', {
        method: 'POST',
        body: new Uint8Array([1, 2]),
        headers: type ? { 'content-type': type } : {},
      });
      await expect(readUpload(req, 'a.txt', 1000)).rejects.toThrow(/application\/octet-stream.*multipart\/form-data/);
      expect(
        await status(
          readUpload(
            new Request('http://x', {
              method: 'POST',
              body: new Uint8Array([1]),
              headers: type ? { 'content-type': type } : {},
            }),
            'a.txt',
            1000,
          ),
        ),
      ).toBe(415);
    },
  );
});
