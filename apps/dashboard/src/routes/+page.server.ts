import { getStore } from '$lib/server/store.js';
import { corpusTopics, hostShares, libraryRows, topicSpeakerHeat, topicTimeline } from '$lib/server/aggregate.js';
import { queryLibrary, readLibraryQuery, thin } from '$lib/server/library-query.js';
import { libraryPeople } from '$lib/server/library-people.js';
import type { PageServerLoad } from './$types';

/** Host-share points drawn at most: beyond this a scatter is overplotted, and a large archive would send thousands. */
const MAX_HOST_POINTS = 1500;

// The figures of a corpus snapshot change only when the snapshot does: computed once per snapshot.
const cache = new WeakMap<object, ReturnType<typeof summarize>>();
function summarize(episodes: Parameters<typeof libraryRows>[0]) {
  const topics = corpusTopics(episodes);
  return { rows: libraryRows(episodes), topics, host: hostShares(episodes), heat: topicSpeakerHeat(episodes, topics), timelines: new Map<string, ReturnType<typeof topicTimeline>>() };
}

export const load: PageServerLoad = async ({ url }) => {
  const by = url.searchParams.get('by');
  const grain = by === 'episode' || by === 'year' ? by : 'quarter';
  const snap = await getStore().get();
  let view = cache.get(snap.episodes);
  if (!view) {
    view = summarize(snap.episodes);
    cache.set(snap.episodes, view);
  }
  let timeline = view.timelines.get(grain);
  if (!timeline) {
    timeline = topicTimeline(snap.episodes, view.topics, grain);
    view.timelines.set(grain, timeline);
  }
  const query = readLibraryQuery(url.searchParams);
  const { rows, matching } = queryLibrary(view.rows, query);
  return {
    rows,
    matching,
    totalRows: view.rows.length,
    query,
    topics: view.topics,
    grain,
    timeline: thin(timeline, 2000),
    host: thin(view.host, MAX_HOST_POINTS),
    hostTotal: view.host.length,
    heat: view.heat,
    failed: snap.failed,
    people: await libraryPeople(snap),
  };
};
