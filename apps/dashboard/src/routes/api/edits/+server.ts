import { json } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/database.js';
import { exportEdits, importEdits } from '$lib/server/edits-transfer.js';
import { logServerError } from '$lib/server/log-server-error.js';
import { readBody } from '$lib/server/read-body.js';
import { getStore } from '$lib/server/store.js';
import { UploadError } from '$lib/server/upload-error.js';
import type { RequestHandler } from './$types';

/** The largest export read back: far more than the edits of 100,000 episodes. */
const MAX_IMPORT = 50 * 1024 * 1024;

/** Every speaker edit and people link as one JSON document (`?download` sends it as a file). */
export const GET: RequestHandler = async ({ url }) => {
  const store = getStore();
  const doc = exportEdits(getDatabase(store.dir));
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (url.searchParams.has('download'))
    headers['content-disposition'] = `attachment; filename="podlens-edits-${doc.exportedAt.slice(0, 10)}.json"`;
  return new Response(JSON.stringify(doc, null, 2) + '\n', {
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
};

/**
 * Imports an export (the body, as JSON) in one transaction: the episodes it lists get its edits, its people links
 * are added. 400 with the problems (each with its JSON path) when it is no export; 200 with what was imported and
 * what was left out otherwise.
 */
export const POST: RequestHandler = async ({ request, route }) => {
  const store = getStore();
  let document: unknown;
  try {
    const bytes = await readBody(
      request,
      MAX_IMPORT,
      () => new UploadError(`The import is over ${MAX_IMPORT / 1048576} MB.`, 413),
    );
    document = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    if (e instanceof UploadError)
      return json({ message: e.message }, { status: e.status, headers: { connection: 'close' } });
    return json(
      {
        message: `The file is not JSON: ${(e as Error).message}`,
        diagnostics: [{ path: '$', message: (e as Error).message }],
      },
      { status: 400 },
    );
  }
  try {
    const outcome = importEdits(getDatabase(store.dir), document);
    if (!outcome.ok)
      return json(
        {
          message: `Not an export of podlens edits: ${outcome.diagnostics.map((d) => `${d.path}: ${d.message}`).join('; ')}`,
          diagnostics: outcome.diagnostics,
        },
        { status: 400 },
      );
    store.invalidate();
    const { episodes, links, diagnostics } = outcome;
    const left = diagnostics.length
      ? ` ${diagnostics.length} entr${diagnostics.length === 1 ? 'y was' : 'ies were'} left out.`
      : '';
    return json({
      message: `Imported the edits of ${episodes} episode${episodes === 1 ? '' : 's'} and ${links} people link${links === 1 ? '' : 's'}.${left}`,
      episodes,
      links,
      diagnostics,
    });
  } catch (e) {
    logServerError(request.method, route.id, e);
    return json({ message: `Could not import the edits: ${(e as Error).message}` }, { status: 500 });
  }
};
