/** Checks on the user's people links before they are stored (the archive's linkPeople stores any pair). */
import { resolvePerson, type Person } from '@podlens/archive';

export type LinkCheck = { ok: true } | { ok: false; message: string };

/** Whether person `from` may be made part of person `to`: both must be people of the archive, and not one already. */
export function checkLink(
  people: readonly Person[],
  from: string,
  to: string,
  links: ReadonlyMap<string, string>,
): LinkCheck {
  const known = new Set(people.map((p) => p.id));
  if (!known.has(from))
    return { ok: false, message: `There is no person '${from}' (reload: the people may have changed).` };
  if (!to) return { ok: false, message: 'Choose the person to link with.' };
  if (!known.has(to))
    return { ok: false, message: `There is no person '${to}' to link with (reload: the people may have changed).` };
  if (resolvePerson(to, links) === resolvePerson(from, links))
    return { ok: false, message: 'Those are one person already.' };
  return { ok: true };
}

/** The links that make up a person: each linked key with what it names (a speaker's name and episodes), to unlink. */
export function linksInto(
  person: string,
  links: ReadonlyMap<string, string>,
  keyOf: (episodeId: string, speakerId: string) => string | undefined,
  episodes: Person['episodes'],
): { key: string; label: string }[] {
  const out: { key: string; label: string }[] = [];
  for (const [key] of links) {
    if (key === person || resolvePerson(key, links) !== person) continue;
    const own = episodes.filter((e) => {
      let at = keyOf(e.episodeId, e.speakerId);
      // The episodes of `key`: their speaker key reaches `key` on the way to the person.
      const seen = new Set<string>();
      while (at !== undefined && at !== key && links.has(at) && !seen.has(at)) {
        seen.add(at);
        at = links.get(at);
      }
      return at === key;
    });
    const names = [...new Set(own.map((e) => e.name))].join(', ') || key;
    out.push({ key, label: `${names} (${own.length} episode${own.length === 1 ? '' : 's'})` });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label));
}
