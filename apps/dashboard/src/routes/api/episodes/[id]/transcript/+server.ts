import { error, json } from '@sveltejs/kit';
import { getStore } from '$lib/server/store.js';
import type { RequestHandler } from './$types';

/** The text of each turn, in turn order: loaded by the reader after the charts are drawn. */
export const GET: RequestHandler = async ({ params }) => {
  const snap = await getStore().get();
  const detail = snap.byId.has(params.id) ? await snap.detail(params.id) : undefined;
  if (!detail) error(404, `No episode '${params.id}'`);
  return json({ texts: detail.turns.map((t) => t.text) });
};
