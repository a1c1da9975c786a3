import { getStore } from '$lib/server/store.js';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async () => {
  const snap = await getStore().get();
  return { corpus: snap.dir, episodeCount: snap.episodes.length, failedCount: snap.failed.length };
};
