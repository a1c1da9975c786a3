import { getStore } from '$lib/server/store.js';
import { corpusTopics } from '$lib/server/aggregate.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const snap = await getStore().get();
  const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean).slice(0, 8);
  const chosen = ids.map((id) => snap.byId.get(id)).filter((e) => e !== undefined);
  const picked = chosen.length > 0 ? chosen : snap.episodes.slice(0, 2);
  const topics = corpusTopics(picked);
  return {
    all: snap.episodes.map((e) => ({ id: e.id, title: e.summary.title ?? e.id, date: e.summary.date })),
    episodes: picked.map((e) => ({
      id: e.id,
      title: e.summary.title ?? e.id,
      date: e.summary.date,
      durationSeconds: e.summary.durationSeconds,
      hostShare: e.hostShare,
      speakers: e.summary.speakers,
      topics: e.summary.topics,
    })),
    topics,
  };
};
