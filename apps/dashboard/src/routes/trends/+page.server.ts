import { archiveFor } from '$lib/server/archive-index.js';
import { readTrendsRequest, runTrends } from '$lib/server/trends-request.js';
import { getStore } from '$lib/server/store.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const read = readTrendsRequest(url.searchParams);
  if (!read.ok)
    return { request: { terms: [], by: 'quarter' as const, role: 'all' as const }, view: null, error: read.message };
  const db = await archiveFor(await getStore().get());
  return { request: read.value, view: read.value.terms.length > 0 ? runTrends(db, read.value) : null, error: null };
};
