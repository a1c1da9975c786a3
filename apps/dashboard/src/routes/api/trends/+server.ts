import { json } from '@sveltejs/kit';
import { archiveFor } from '$lib/server/archive-index.js';
import { readTrendsRequest, runTrends } from '$lib/server/trends-request.js';
import { getStore } from '$lib/server/store.js';
import type { RequestHandler } from './$types';

/** `?term=a&term="b c"&by=quarter|month|year&role=all|host|guest`: each term's mentions per period, raw and per 10,000 words. */
export const GET: RequestHandler = async ({ url }) => {
  const read = readTrendsRequest(url.searchParams);
  if (!read.ok) return json({ message: read.message }, { status: 400 });
  const db = await archiveFor(await getStore().get());
  return json(runTrends(db, read.value));
};
