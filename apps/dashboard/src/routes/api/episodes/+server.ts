import { json } from '@sveltejs/kit';
import { getStore } from '$lib/server/store.js';
import type { RequestHandler } from './$types';

/** Every episode's summary (the CLI JSON contract) and the files that failed. */
export const GET: RequestHandler = async () => {
  const snap = await getStore().get();
  return json({
    corpus: snap.dir,
    episodes: snap.episodes.map((e) => ({ id: e.id, file: e.file, hostShare: e.hostShare, summary: e.summary })),
    failed: snap.failed,
  });
};
