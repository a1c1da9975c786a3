import { json } from '@sveltejs/kit';
import { maxUploadBytes } from '$lib/server/config.js';
import { checkTranscript } from '$lib/server/corpus.js';
import { getStore, writableFolder } from '$lib/server/store.js';
import { UploadError, checkContent, checkFileName, saveUnique } from '$lib/server/upload.js';
import type { RequestHandler } from './$types';

/** Reads the body up to limit + 1 bytes, so an oversized upload is refused without being held whole. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) checkContent(new Uint8Array(declared), limit);
  if (!request.headers.get('content-type') && declared > 0) {
    throw new UploadError('Send the file with a Content-Type header (application/octet-stream).', 415);
  }
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new UploadError(`The file is over the limit of ${(limit / 1048576).toFixed(1)} MB.`, 413);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const stemOf = (file: string) => {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
};

export const POST: RequestHandler = async ({ request, url }) => {
  const store = getStore();
  try {
    if (!(await writableFolder(store.dir))) throw new UploadError('The corpus folder is read-only; nothing can be added to it.', 403);
    const raw = url.searchParams.get('name') ?? '';
    const name = checkFileName(raw);
    const bytes = await readLimited(request, maxUploadBytes());
    checkContent(bytes, maxUploadBytes());
    let check: ReturnType<typeof checkTranscript>;
    try {
      check = checkTranscript(bytes, name);
    } catch (e) {
      throw new UploadError(`'${name}' could not be read as a transcript: ${(e as Error).message}`, 422);
    }
    let saved: string;
    try {
      const snap = await store.get();
      const stems = new Set([...snap.episodes.flatMap((e) => [e.file, ...e.alternates]), ...snap.failed.map((f) => f.file)].map((f) => stemOf(f)));
      saved = await saveUnique(store.dir, name, bytes, stems);
    } catch (e) {
      if (e instanceof UploadError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new UploadError(
        code === 'EACCES' || code === 'EROFS' || code === 'EPERM'
          ? 'The corpus folder is read-only; the file was not saved.'
          : `The file could not be saved (${code ?? 'error'}).`,
        500,
      );
    }
    store.invalidate();
    const id = saved.slice(0, saved.lastIndexOf('.'));
    // Analysed at once: the response comes when the new episode is in the library.
    const analysed = (await store.get()).byId.get(id);
    return json(
      {
        ok: true,
        file: saved,
        id,
        title: check.title,
        format: check.format,
        speakers: check.speakers,
        talkShares: analysed?.summary.speakers.map((sp) => ({ name: sp.name, talkShare: sp.talkShare })) ?? [],
        message: saved === name ? `'${saved}' is in the corpus.` : `Saved as '${saved}' ('${name}' was taken).`,
      },
      { status: 201 },
    );
  } catch (e) {
    if (e instanceof UploadError) return json({ ok: false, message: e.message }, { status: e.status });
    return json({ ok: false, message: `Upload failed: ${(e as Error).message}` }, { status: 500 });
  }
};
