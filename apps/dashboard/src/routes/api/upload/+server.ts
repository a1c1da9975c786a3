import { json } from '@sveltejs/kit';
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { dataDir, maxUploadBytes } from '$lib/server/config.js';
import { checkTranscript } from '$lib/server/corpus.js';
import { getStore, writableFolder } from '$lib/server/store.js';
import { UploadError, checkContent, checkFileName, saveUnique } from '$lib/server/upload.js';
import { readUpload } from '$lib/server/read-upload.js';
import { logServerError } from '$lib/server/log-server-error.js';
import type { RequestHandler } from './$types';

const stemOf = (file: string) => {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
};

/** A refusal closes the connection, so a client that declared gigabytes is not read (nor drained) any further. */
const refuse = (message: string, status: number) =>
  json({ ok: false, message }, { status, headers: { connection: 'close' } });

export const POST: RequestHandler = async ({ request, url, route }) => {
  const store = getStore();
  const limit = maxUploadBytes();
  try {
    if (!(await writableFolder(store.dir)))
      throw new UploadError('The corpus folder is read-only; nothing can be added to it.', 403);
    const queryName = url.searchParams.get('name');
    // The name is checked before the body is read, when the URL gives it.
    if (queryName !== null) checkFileName(queryName);
    const upload = await readUpload(request, queryName, limit);
    const name = checkFileName(upload.name);
    const { bytes } = upload;
    checkContent(bytes, limit, name);
    let check: Awaited<ReturnType<typeof checkTranscript>>;
    try {
      check = await checkTranscript(bytes, name);
    } catch (e) {
      throw new UploadError(`'${name}' could not be read as a transcript: ${(e as Error).message}`, 422);
    }
    let saved: string;
    try {
      const snap = await store.get();
      const stems = new Set(
        [...snap.episodes.flatMap((e) => [e.file, ...e.alternates]), ...snap.failed.map((f) => f.file)].map((f) =>
          stemOf(f),
        ),
      );
      saved = await saveUnique(store.dir, name, bytes, stems, path.join(dataDir(store.dir), 'incoming'));
    } catch (e) {
      if (e instanceof UploadError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
        throw new UploadError('The corpus folder is read-only; the file was not saved.', 403);
      throw e;
    }
    store.invalidate();
    const id = saved.slice(0, saved.lastIndexOf('.'));
    // Analyzed at once, by a scan that started after the write: the response comes when the episode is listed.
    const snap = await store.get();
    const analyzed = snap.byId.get(id);
    if (!analyzed || analyzed.file !== saved) {
      // Nothing is answered as saved that the library will not show: the file is taken back.
      await unlink(path.join(store.dir, saved)).catch(() => {});
      store.invalidate();
      const reason = snap.failed.find((f) => f.file === saved)?.reason ?? 'the library did not list it';
      throw new UploadError(`'${name}' could not be added: ${reason}.`, 422);
    }
    return json(
      {
        ok: true,
        file: saved,
        id,
        title: check.title,
        format: check.format,
        speakers: check.speakers,
        talkShares: analyzed.summary.speakers.map((sp) => ({ name: sp.name, talkShare: sp.talkShare })),
        message:
          saved === name
            ? `'${saved}' is in the corpus.`
            : `Saved as '${saved}' ('${stemOf(name)}' is already an episode).`,
      },
      { status: 201 },
    );
  } catch (e) {
    if (e instanceof UploadError)
      return e.status === 413 || e.status === 415
        ? refuse(e.message, e.status)
        : json({ ok: false, message: e.message }, { status: e.status });
    logServerError(request.method, route.id, e);
    return json({ ok: false, message: `Upload failed: ${(e as Error).message}` }, { status: 500 });
  }
};
