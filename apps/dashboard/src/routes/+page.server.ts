import { getStore } from '$lib/server/store.js';
import { corpusTopics, hostShares, libraryRows, topicSpeakerHeat, topicTimeline } from '$lib/server/aggregate.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const by = url.searchParams.get('by');
  const grain = by === 'episode' || by === 'year' ? by : 'quarter';
  const snap = await getStore().get();
  const topics = corpusTopics(snap.episodes);
  return {
    rows: libraryRows(snap.episodes),
    topics,
    grain,
    timeline: topicTimeline(snap.episodes, topics, grain),
    host: hostShares(snap.episodes),
    heat: topicSpeakerHeat(snap.episodes, topics),
    failed: snap.failed,
  };
};
