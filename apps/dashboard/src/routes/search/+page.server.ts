import { archiveFor } from '$lib/server/archive-index.js';
import { searchChoices, type SearchChoices } from '$lib/server/search-choices.js';
import { readSearchRequest, runSearch } from '$lib/server/search-request.js';
import { getStore, type Snapshot } from '$lib/server/store.js';
import type { PageServerLoad } from './$types';

const FIELDS = ['q', 'speaker', 'person', 'from', 'to', 'topic', 'format'] as const;
// The form's choices change only with the corpus: read once per snapshot.
const choicesOf = new WeakMap<Snapshot, SearchChoices>();

export const load: PageServerLoad = async ({ url }) => {
  const snap = await getStore().get();
  const db = await archiveFor(snap);
  let choices = choicesOf.get(snap);
  if (!choices) choicesOf.set(snap, (choices = searchChoices(db)));
  const form = Object.fromEntries(FIELDS.map((k) => [k, (url.searchParams.get(k) ?? '').trim()])) as Record<
    (typeof FIELDS)[number],
    string
  >;
  const read = readSearchRequest(url.searchParams);
  return {
    form,
    choices,
    limit: read.ok ? read.value.limit : 50,
    error: read.ok ? null : read.message,
    result: read.ok && read.value.q !== '' ? runSearch(db, read.value) : null,
  };
};
