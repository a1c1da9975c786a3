import { getStore } from '$lib/server/store.js';
import { corpusTopics, speakerNames, speakerProfiles } from '$lib/server/aggregate.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const snap = await getStore().get();
  const list = (key: string) => (url.searchParams.get(key) ?? '').split(',').map((s) => s.trim()).filter(Boolean).slice(0, 8);
  const mode = url.searchParams.has('speakers') ? 'speakers' : 'episodes';
  const allSpeakers = speakerNames(snap.episodes);
  if (mode === 'speakers') {
    const asked = list('speakers').filter((n) => allSpeakers.some((s) => s.name === n));
    const names = asked.length > 0 ? asked : allSpeakers.slice(0, 2).map((s) => s.name);
    const topics = corpusTopics(snap.episodes);
    return { mode, allSpeakers, all: [], episodes: [], topics, speakers: speakerProfiles(snap.episodes, names, topics) };
  }
  const chosen = list('ids').map((id) => snap.byId.get(id)).filter((e) => e !== undefined);
  const picked = chosen.length > 0 ? chosen : snap.episodes.slice(0, 2);
  const topics = corpusTopics(picked);
  return {
    mode,
    allSpeakers,
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
    speakers: [],
  };
};
