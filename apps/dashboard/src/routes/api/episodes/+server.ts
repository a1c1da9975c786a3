import { json } from '@sveltejs/kit';
import { getStore } from '$lib/server/store.js';
import { fullSummary } from '$lib/server/corpus.js';
import type { RequestHandler } from './$types';

/**
 * Every episode's summary (the CLI JSON contract) and the files that failed. The parts of a summary kept with the
 * episode's detail are read from the database here: a large archive's list takes a moment.
 */
export const GET: RequestHandler = async () => {
  const snap = await getStore().get();
  const episodes = [];
  for (const e of snap.episodes) {
    const detail = await snap.detail(e.id);
    if (detail)
      episodes.push({ id: e.id, file: e.file, hostShare: e.hostShare, summary: fullSummary(e.summary, detail) });
  }
  return json({ corpus: snap.dir, episodes, failed: snap.failed });
};
