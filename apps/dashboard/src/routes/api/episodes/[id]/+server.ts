import { error, json } from '@sveltejs/kit';
import { getStore } from '$lib/server/store.js';
import { fullSummary } from '$lib/server/corpus.js';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
  const snap = await getStore().get();
  const episode = snap.byId.get(params.id);
  const detail = episode && (await snap.detail(params.id));
  if (!episode || !detail) error(404, `No episode '${params.id}'`);
  return json({
    ...episode,
    summary: fullSummary(episode.summary, detail),
    windows: detail.windows,
    turns: detail.turns,
  });
};
