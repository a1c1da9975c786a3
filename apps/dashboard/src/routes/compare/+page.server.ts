import { listPeople } from '@podlens/archive';
import { archiveFor } from '$lib/server/archive-index.js';
import { getStore } from '$lib/server/store.js';
import { corpusTopics } from '$lib/server/aggregate.js';
import { personProfile } from '$lib/server/person-view.js';
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
  const list = (key: string) =>
    (url.searchParams.get(key) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, 8);
  const mode = url.searchParams.has('people') ? 'people' : 'episodes';
  const query = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
  if (mode === 'people') {
    // People of the archive (listPeople): two guests called Daniel are two people, the host is one.
    const people = listPeople(await archiveFor(snap));
    const byId = new Map(people.map((p) => [p.id, p]));
    const asked = url.searchParams
      .getAll('people')
      .map((s) => s.trim())
      .filter((id) => byId.has(id))
      .slice(0, 8);
    const picked = (asked.length > 0 ? asked : people.slice(0, 2).map((p) => p.id)).map((id) => byId.get(id)!);
    const topics = corpusTopics(snap.episodes);
    const { choices, more } = pick(people, query, (p) => p.name);
    return {
      mode,
      query,
      more,
      allPeople: choices.map((p) => ({ id: p.id, name: p.name, episodes: p.episodes.length })),
      all: [],
      episodes: [],
      topics,
      people: picked.map((p) => personProfile(p, snap.byId, topics)),
    };
  }
  const chosen = list('ids')
    .map((id) => snap.byId.get(id))
    .filter((e) => e !== undefined);
  const picked = chosen.length > 0 ? chosen : snap.episodes.slice(0, 2);
  const topics = corpusTopics(picked);
  const { choices, more } = pick(
    snap.episodes,
    query,
    (e) => `${e.summary.date ?? ''} ${e.summary.title ?? ''} ${e.id}`,
  );
  return {
    mode,
    query,
    more,
    allPeople: [],
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
    people: [],
  };
};
