import { listPeople } from '@podlens/archive';
import { archiveFor } from '$lib/server/archive-index.js';
import { personRows } from '$lib/server/person-view.js';
import { getStore } from '$lib/server/store.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await archiveFor(await getStore().get());
  return { people: personRows(listPeople(db)) };
};
