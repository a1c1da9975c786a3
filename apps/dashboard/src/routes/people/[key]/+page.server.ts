import { error, fail, redirect } from '@sveltejs/kit';
import { linkPeople, listPeople, personLinks, resolvePerson, speakerPersonKey, unlinkPeople } from '@podlens/archive';
import { archiveFor } from '$lib/server/archive-index.js';
import { checkLink, linksInto } from '$lib/server/person-links.js';
import { episodesWithTurns, personView } from '$lib/server/person-view.js';
import { getStore } from '$lib/server/store.js';
import type { Actions, PageServerLoad } from './$types';

/** People offered to link with: those sharing this person's first name first, then by episodes; at most this many. */
const CANDIDATES = 300;
const href = (id: string) => `/people/${encodeURIComponent(id)}`;

export const load: PageServerLoad = async ({ params }) => {
  const snap = await getStore().get();
  const db = await archiveFor(snap);
  const people = listPeople(db);
  const person = people.find((p) => p.id === params.key);
  if (!person) {
    // A person linked into another since: their page is the other's.
    const links = personLinks(db);
    const into = resolvePerson(params.key, links);
    if (into !== params.key && people.some((p) => p.id === into)) redirect(307, href(into));
    error(404, `No person '${params.key}' in the archive`);
  }
  const links = personLinks(db);
  const first = (name: string) => name.split(/\s+/)[0]!.toLowerCase();
  const candidates = people
    .filter((p) => p.id !== person.id)
    .map((p) => ({ id: p.id, name: p.name, episodes: p.episodes.length, same: first(p.name) === first(person.name) }))
    .sort((a, b) => Number(b.same) - Number(a.same) || b.episodes - a.episodes || a.name.localeCompare(b.name))
    .slice(0, CANDIDATES);
  const quoted = episodesWithTurns(person);
  const details = await Promise.all(quoted.map((id) => snap.detail(id)));
  const turns = new Map(quoted.flatMap((id, i) => (details[i] ? [[id, details[i].turns] as const] : [])));
  return {
    person: personView(person, snap.byId, turns),
    linked: linksInto(person.id, links, (e, s) => speakerPersonKey(db, e, s), person.episodes),
    candidates,
  };
};

export const actions: Actions = {
  /** Makes this person part of the chosen one; the page moves to the joined person. */
  link: async ({ params, request }) => {
    const to = String((await request.formData()).get('to') ?? '');
    const db = await archiveFor(await getStore().get());
    const check = checkLink(listPeople(db), params.key, to, personLinks(db));
    if (!check.ok) return fail(400, { action: 'link', message: check.message });
    linkPeople(db, params.key, to);
    redirect(303, href(resolvePerson(to, personLinks(db))));
  },
  /** Parts a linked speaker (key) from this person again. */
  unlink: async ({ params, request }) => {
    const key = String((await request.formData()).get('key') ?? '');
    const db = await archiveFor(await getStore().get());
    const links = personLinks(db);
    if (!links.has(key) || resolvePerson(key, links) !== params.key)
      return fail(400, {
        action: 'unlink',
        message: `'${key}' is not linked into this person (reload: the links may have changed).`,
      });
    unlinkPeople(db, key);
    return { action: 'unlink', message: 'Unlinked.', key };
  },
};
