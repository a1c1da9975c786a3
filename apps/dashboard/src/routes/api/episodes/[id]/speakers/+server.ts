import { error, json } from '@sveltejs/kit';
import { getStore } from '$lib/server/store.js';
import { getDatabase } from '$lib/server/database.js';
import { changeEdits } from '$lib/server/edits-store.js';
import { editsVersion } from '$lib/server/speaker-edits.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { applySpeakerEdits, type EditRequest } from '$lib/server/apply-speaker-edits.js';
import { speakerLabels } from '$lib/server/corpus.js';
import { logServerError } from '$lib/server/log-server-error.js';
import { readBody } from '$lib/server/read-body.js';
import { UploadError } from '$lib/server/upload-error.js';
import type { RequestHandler } from './$types';

/** The largest edit request read: names of at most 80 characters, far fewer than this many. */
const MAX_BODY = 64 * 1024;

/**
 * Saves renames and merges in the database. Each request reads the saved edits, applies its change and writes
 * them in one SQLite write transaction, so parallel requests (of any process) all land. A client that sends
 * If-Match (or `version` in the body) with the version it loaded gets a 409 when the edits changed since.
 */
export const POST: RequestHandler = async ({ params, request, route }) => {
  const store = getStore();
  const snap = await store.get();
  const episode = snap.byId.get(params.id);
  if (!episode) error(404, `No episode '${params.id}'`);
  let body: EditRequest & { version?: unknown };
  try {
    const bytes = await readBody(
      request,
      MAX_BODY,
      () => new UploadError(`The edit request is over ${MAX_BODY / 1024} KB.`, 413),
    );
    body = JSON.parse(new TextDecoder().decode(bytes)) as EditRequest;
    if (!body || typeof body !== 'object') throw new Error('not an object');
  } catch (e) {
    if (e instanceof UploadError)
      return json({ message: e.message }, { status: e.status, headers: { connection: 'close' } });
    return json({ message: 'The request body is not a JSON object.' }, { status: 400 });
  }
  const expected =
    request.headers.get('if-match')?.replace(/^(W\/)?"|"$/g, '') ??
    (typeof body.version === 'string' ? body.version : null);
  // The labels as parsed: edits are keyed on them, whatever the names shown now.
  let labels: string[];
  try {
    labels = await speakerLabels(
      await readFile(path.join(snap.dir, episode.file)),
      path.basename(episode.file),
      await store.peopleNames(),
    );
  } catch (e) {
    logServerError(request.method, route.id, e);
    return json({ message: `Could not read the episode's file: ${(e as Error).message}` }, { status: 500 });
  }
  try {
    const answer = changeEdits(getDatabase(snap.dir), episode.id, (saved, version) => {
      if (expected !== null && expected !== '*' && expected !== version) {
        return {
          save: null,
          result: json(
            {
              message:
                'The speakers were edited elsewhere since this page was loaded; reload to see those edits, then edit again.',
              version,
            },
            { status: 409, headers: { etag: `"${version}"` } },
          ),
        };
      }
      const outcome = applySpeakerEdits(labels, saved, body);
      if (!outcome.ok) return { save: null, result: json({ message: outcome.message, version }, { status: 400 }) };
      const next = editsVersion(outcome.edits);
      return {
        save: outcome.edits,
        result: json(
          { message: body.reset ? 'Edits undone.' : 'Saved.', edits: outcome.edits, version: next },
          { headers: { etag: `"${next}"` } },
        ),
      };
    });
    store.invalidate();
    return answer;
  } catch (e) {
    logServerError(request.method, route.id, e);
    return json({ message: `Could not save the speaker edits: ${(e as Error).message}` }, { status: 500 });
  }
};
