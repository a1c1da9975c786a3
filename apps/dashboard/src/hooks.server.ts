import type { ServerInit } from '@sveltejs/kit';
import { getStore } from '$lib/server/store.js';

/** Start reading the corpus (and filling the cache) as the server starts, not at the first visit. */
export const init: ServerInit = () => {
  getStore()
    .get()
    .catch((error: unknown) => console.error('podlens: could not read the corpus:', error));
};
