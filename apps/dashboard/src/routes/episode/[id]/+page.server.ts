import { error } from '@sveltejs/kit';
import { getStore } from '$lib/server/store.js';
import { fullSummary } from '$lib/server/corpus.js';
import { getDatabase } from '$lib/server/database.js';
import { readEdits } from '$lib/server/edits-store.js';
import { editsVersion } from '$lib/server/speaker-edits.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  const snap = await getStore().get();
  const episode = snap.byId.get(params.id);
  if (!episode) error(404, `No episode '${params.id}' in the corpus`);
  // The turns' text goes to the reader through /api/episodes/[id]/transcript once the charts are drawn.
  const detail = await snap.detail(episode.id);
  if (!detail) error(404, `Episode '${params.id}' could not be read again`);
  const { speakerTopics: _topics, ...rest } = episode;
  const edits = readEdits(getDatabase(snap.dir), episode.id);
  return {
    episode: {
      ...rest,
      summary: fullSummary(episode.summary, detail),
      windows: detail.windows,
      turns: detail.turns.map(({ speaker, start, end }) => ({ speaker, start, end })),
    },
    edits,
    /** Sent back with an edit (If-Match): a 409 says when the speakers were edited elsewhere meanwhile. */
    editsVersion: editsVersion(edits),
  };
};
