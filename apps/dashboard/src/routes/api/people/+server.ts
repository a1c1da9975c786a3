import { json } from '@sveltejs/kit';
import { listPeople } from '@podlens/archive';
import { archiveFor } from '$lib/server/archive-index.js';
import { getStore } from '$lib/server/store.js';
import type { RequestHandler } from './$types';

/** Every person of the archive with their episodes (the archive's listPeople), once the archive holds the corpus. */
export const GET: RequestHandler = async () => {
  const db = await archiveFor(await getStore().get());
  return json({ people: listPeople(db) });
};
