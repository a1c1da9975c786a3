import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/store.js';
import { editsVersion, readEdits } from '$lib/server/sidecar.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const snap = await getStore().get();
  const episode = snap.byId.get(params.id);
  if (!episode) error(404, `No episode '${params.id}' in the corpus`);
  // The turns' text goes to the reader through /api/episodes/[id]/transcript once the charts are drawn.
  const { speakerTopics: _topics, turns, ...rest } = episode;
  const edits = await readEdits(snap.dir, episode.id);
  return {
    episode: { ...rest, turns: turns.map(({ speaker, start, end }) => ({ speaker, start, end })) },
    edits,
    /** Sent back with an edit (If-Match): a 409 says when the speakers were edited elsewhere meanwhile. */
    editsVersion: editsVersion(edits),
  };
};
