import { json } from '@sveltejs/kit';
import { archiveFor } from '$lib/server/archive-index.js';
import { readSearchRequest, runSearch } from '$lib/server/search-request.js';
import { getStore } from '$lib/server/store.js';
import type { RequestHandler } from './$types';

/** `?q=words "a phrase" -left-out&speaker=&person=&from=&to=&topic=&format=&limit=`: episodes ranked, each with its hits in context. */
export const GET: RequestHandler = async ({ url }) => {
  const read = readSearchRequest(url.searchParams);
  if (!read.ok) return json({ message: read.message }, { status: 400 });
  const db = await archiveFor(await getStore().get());
  return json(runSearch(db, read.value));
};
