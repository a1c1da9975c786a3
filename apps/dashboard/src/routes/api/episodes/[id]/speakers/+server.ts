import { error, json } from '@sveltejs/kit';
import { getStore, writableFolder } from '$lib/server/store.js';
import { emptyEdits, readEdits, writeEdits } from '$lib/server/sidecar.js';
import type { RequestHandler } from './$types';

interface Body {
  reset?: boolean;
  renames?: { from: string; to: string }[];
  merges?: { from: string; into: string }[];
}

export const POST: RequestHandler = async ({ params, request }) => {
  const store = getStore();
  const snap = await store.get();
  const episode = snap.byId.get(params.id);
  if (!episode) error(404, `No episode '${params.id}'`);
  if (!(await writableFolder(snap.dir))) {
    return json({ message: 'The corpus folder is read-only; speaker edits cannot be saved.' }, { status: 403 });
  }
  let body: Body;
  try {
    body = (await request.json()) as Body;
  } catch {
    return json({ message: 'The request body is not JSON.' }, { status: 400 });
  }
  const edits = body.reset ? emptyEdits() : await readEdits(snap.dir, episode.id);
  // Shown names map back to the labels in the file through the renames saved so far.
  const original = (shown: string) => Object.entries(edits.rename).find(([, to]) => to === shown)?.[0] ?? shown;
  const current = new Set(episode.summary.speakers.map((s) => s.name));
  for (const { from, into } of body.merges ?? []) {
    if (typeof from !== 'string' || typeof into !== 'string' || !current.has(from) || !current.has(into) || from === into) {
      return json({ message: `Cannot merge '${String(from)}' into '${String(into)}': both must be speakers of this episode.` }, { status: 400 });
    }
    edits.merge[original(from)] = original(into);
  }
  for (const { from, to } of body.renames ?? []) {
    const name = typeof to === 'string' ? to.trim() : '';
    if (typeof from !== 'string' || !current.has(from) || !name || name.length > 80) {
      return json({ message: `Cannot rename '${String(from)}': give a name of 1 to 80 characters.` }, { status: 400 });
    }
    edits.rename[original(from)] = name;
  }
  try {
    await writeEdits(snap.dir, episode.id, edits);
  } catch (e) {
    return json({ message: `Could not save the speaker edits: ${(e as Error).message}` }, { status: 500 });
  }
  store.invalidate();
  return json({ message: body.reset ? 'Edits undone.' : 'Saved.', edits });
};
