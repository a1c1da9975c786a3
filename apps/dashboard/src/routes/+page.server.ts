import { getStore } from '$lib/server/store.js';
import { corpusTopics, hostShares, libraryRows, topicSpeakerHeat, topicTimeline } from '$lib/server/aggregate.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const snap = await getStore().get();
  const topics = corpusTopics(snap.episodes);
  return {
    rows: libraryRows(snap.episodes),
    topics,
    timeline: {
      episode: topicTimeline(snap.episodes, topics, 'episode'),
      quarter: topicTimeline(snap.episodes, topics, 'quarter'),
      year: topicTimeline(snap.episodes, topics, 'year'),
    },
    host: hostShares(snap.episodes),
    heat: topicSpeakerHeat(snap.episodes, topics),
    failed: snap.failed,
  };
};
