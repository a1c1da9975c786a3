import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { getStore } from '$lib/server/store.js';
import { analyzingPage, indexingPage, FIRST_ANALYSIS_WAIT_MS } from '$lib/server/analyzing-page.js';
import { archiveFor } from '$lib/server/archive-index.js';
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

/**
 * While the first analysis of the folder runs, a page waits for it up to FIRST_ANALYSIS_WAIT_MS, then gets a page
 * saying how far it is ("Analyzing N of M files"), which reloads itself; while its second pass (the texts and the
 * search index) runs, a page that reads the index does the same ("Indexing N of M episodes"). The API waits as before.
 */
export const handle: Handle = async ({ event, resolve }) => {
  const store = getStore();
  const page = event.request.method === 'GET' && event.route.id !== null && !event.route.id.startsWith('/api');
  if (page && !store.ready) {
    const ready = await Promise.race([
      store.get().then(
        () => true,
        () => true,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), FIRST_ANALYSIS_WAIT_MS).unref()),
    ]);
    if (!ready)
      return new Response(analyzingPage(store.progress), {
        status: 503,
        headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '2', 'cache-control': 'no-store' },
      });
  }
  // The pages that read the search index wait for the second pass of the first analysis the same way.
  const indexing = store.indexing;
  if (page && indexing && ARCHIVE_PAGES.some((p) => event.route.id === p || event.route.id!.startsWith(`${p}/`))) {
    const ready = await Promise.race([
      store
        .get()
        .then(archiveFor)
        .then(
          () => true,
          () => true,
        ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), FIRST_ANALYSIS_WAIT_MS).unref()),
    ]);
    if (!ready)
      return new Response(indexingPage(store.indexing ?? indexing), {
        status: 503,
        headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '2', 'cache-control': 'no-store' },
      });
  }
  return resolve(event);
};

/** The pages that read the archive's search index (archive-index.ts `archiveFor`). */
const ARCHIVE_PAGES = ['/search', '/trends', '/people', '/compare'];
