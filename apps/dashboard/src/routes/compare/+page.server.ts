import { getStore } from '$lib/server/store.js';
import { corpusTopics, speakerNames, speakerProfiles } from '$lib/server/aggregate.js';
import type { PageServerLoad } from './$types';

/** At most this many choices go to the page's picker; a larger corpus is searched on the server (`?q=`). */
const PICK_LIMIT = 200;

/** The choices matching `query` (all where it is empty), at most PICK_LIMIT of them, and whether there were more. */
function pick<T>(items: T[], query: string, text: (item: T) => string): { choices: T[]; more: boolean } {
  const q = query.toLowerCase();
  const matching = q ? items.filter((item) => text(item).toLowerCase().includes(q)) : items;
  return { choices: matching.slice(0, PICK_LIMIT), more: matching.length > PICK_LIMIT };
}

export const load: PageServerLoad = async ({ url }) => {
  const snap = await getStore().get();
  const list = (key: string) => (url.searchParams.get(key) ?? '').split(',').map((s) => s.trim()).filter(Boolean).slice(0, 8);
  const mode = url.searchParams.has('speakers') ? 'speakers' : 'episodes';
  const query = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const everySpeaker = speakerNames(snap.episodes);
  if (mode === 'speakers') {
    const known = new Set(everySpeaker.map((s) => s.name));
    const asked = list('speakers').filter((n) => known.has(n));
    const names = asked.length > 0 ? asked : everySpeaker.slice(0, 2).map((s) => s.name);
    const topics = corpusTopics(snap.episodes);
    const { choices, more } = pick(everySpeaker, query, (s) => s.name);
    return { mode, query, more, allSpeakers: choices, all: [], episodes: [], topics, speakers: speakerProfiles(snap.episodes, names, topics) };
  }
  const chosen = list('ids').map((id) => snap.byId.get(id)).filter((e) => e !== undefined);
  const picked = chosen.length > 0 ? chosen : snap.episodes.slice(0, 2);
  const topics = corpusTopics(picked);
  const { choices, more } = pick(snap.episodes, query, (e) => `${e.summary.date ?? ''} ${e.summary.title ?? ''} ${e.id}`);
  return {
    mode,
    query,
    more,
    allSpeakers: [],
    all: choices.map((e) => ({ id: e.id, title: e.summary.title ?? e.id, date: e.summary.date })),
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
