import { getStore } from '$lib/server/store.js';
import {
  atTopicLevel,
  corpusTopics,
  hostShares,
  libraryRows,
  topicBranches,
  topicSpeakerHeat,
  topicTimeline,
} from '$lib/server/aggregate.js';
import { queryLibrary, readLibraryQuery, thin } from '$lib/server/library-query.js';
import { libraryPeople } from '$lib/server/library-people.js';
import type { PageServerLoad } from './$types';

/** Host-share points drawn at most: beyond this a scatter is overplotted, and a large archive would send thousands. */
const MAX_HOST_POINTS = 1500;

// The figures of a corpus snapshot change only when the snapshot does: computed once per snapshot.
// `level` (the taxonomy level the topic charts show: '' most specific, 'top', or a topic id) is cached per snapshot too.
const cache = new WeakMap<object, Map<string, ReturnType<typeof summarize>>>();
function summarize(all: Parameters<typeof libraryRows>[0], level: string) {
  const episodes = atTopicLevel(all, level);
  const topics = corpusTopics(episodes);
  return {
    rows: libraryRows(all),
    topics,
    filterTopics: level === '' ? topics : corpusTopics(all),
    branches: topicBranches(all),
    episodes,
    host: hostShares(all),
    heat: topicSpeakerHeat(episodes, topics),
    timelines: new Map<string, ReturnType<typeof topicTimeline>>(),
  };
}

export const load: PageServerLoad = async ({ url }) => {
  const by = url.searchParams.get('by');
  const grain = by === 'episode' || by === 'year' ? by : 'quarter';
  const snap = await getStore().get();
  const levels = cache.get(snap.episodes) ?? new Map<string, ReturnType<typeof summarize>>();
  cache.set(snap.episodes, levels);
  const asked = url.searchParams.get('level') ?? '';
  const level =
    asked === '' ||
    asked === 'top' ||
    (levels.get('')?.branches ?? topicBranches(snap.episodes)).some((b) => b.id === asked)
      ? asked
      : '';
  let view = levels.get(level);
  if (!view) {
    view = summarize(snap.episodes, level);
    levels.set(level, view);
  }
  let timeline = view.timelines.get(grain);
  if (!timeline) {
    timeline = topicTimeline(view.episodes, view.topics, grain);
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
    filterTopics: view.filterTopics,
    level,
    branches: view.branches,
    grain,
    timeline: thin(timeline, 2000),
    host: thin(view.host, MAX_HOST_POINTS),
    hostTotal: view.host.length,
    heat: view.heat,
    failed: snap.failed,
    people: await libraryPeople(snap),
  };
};
