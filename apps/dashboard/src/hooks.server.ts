import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { getStore } from '$lib/server/store.js';
import { logServerError } from '$lib/server/log-server-error.js';

/** Start reading the corpus (and filling the cache) as the server starts, not at the first visit. */
export const init: ServerInit = () => {
  getStore()
    .get()
    .catch((error: unknown) => console.error('podlens: could not read the corpus:', error));
};

/** Every unexpected error (a 500) is logged with its route; the page shows a plain message. 404s are not logged. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (status >= 500) logServerError(event.request.method, event.route.id, error);
  return { message };
};
