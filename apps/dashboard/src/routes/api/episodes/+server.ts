import { json } from '@sveltejs/kit';
import { getStore } from '$lib/server/store.js';
import { fullSummary } from '$lib/server/corpus.js';
import type { RequestHandler } from './$types';

/**
 * Every episode's summary (the CLI JSON contract) and the files that failed. The parts of a summary not kept in
 * memory (topic flow, chapters) are read from the database here, without the episodes' turns.
 */
export const GET: RequestHandler = async () => {
  const snap = await getStore().get();
  // Every rest is stored once the second pass of the analysis is done (until then each would be analyzed on its own).
  await snap.texts;
  const episodes = [];
  for (const e of snap.episodes) {
    const rest = await snap.summaryRest(e.id);
    if (rest)
      episodes.push({
        id: e.id,
        file: e.file,
        hostShare: e.hostShare,
        summary: fullSummary(e.summary, { summary: rest }),
      });
  }
  return json({ corpus: snap.dir, episodes, failed: snap.failed });
};
