import { error, json } from '@sveltejs/kit';
import { getStore } from '$lib/server/store.js';
import type { RequestHandler } from './$types';

/** The text of each turn, in turn order: loaded by the reader after the charts are drawn. */
export const GET: RequestHandler = async ({ params }) => {
  const episode = (await getStore().get()).byId.get(params.id);
  if (!episode) error(404, `No episode '${params.id}'`);
  return json({ texts: episode.turns.map((t) => t.text) });
};
