/** One speaker's person key in one episode. */
export interface KeyInEpisode {
  episodeId: string;
  personKey: string;
}

const firstName = (key: string) => key.slice(key.indexOf(':') + 1).split(' ')[0]!;

/**
 * Links a host known by one name only (`host:alexey`) to the person of the full name that name begins
 * (`name:alexey grigorev`), where exactly one full-named person has that first name and never speaks in an
 * episode beside the host: the host's own appearances where a source names them in full (as a guest of their
 * own show, say). A full-named person heard beside the host is someone else; two candidates are ambiguous and
 * link nothing. These links are defaults: the user's own links and unlinks override them.
 */
export function impliedHostLinks(rows: Iterable<KeyInEpisode>): Map<string, string> {
  const episodesOf = new Map<string, Set<string>>();
  for (const { episodeId, personKey } of rows) {
    let set = episodesOf.get(personKey);
    if (!set) episodesOf.set(personKey, (set = new Set()));
    set.add(episodeId);
  }
  const fullNamed = [...episodesOf.keys()].filter((k) => k.startsWith('name:'));
  const links = new Map<string, string>();
  for (const [host, hostEpisodes] of episodesOf) {
    if (!host.startsWith('host:') || host.slice(5).includes(' ')) continue;
    const name = host.slice(5);
    const candidates = fullNamed.filter((k) => firstName(k) === name);
    if (candidates.length !== 1) continue;
    const candidate = candidates[0]!;
    if ([...episodesOf.get(candidate)!].some((e) => hostEpisodes.has(e))) continue;
    links.set(host, candidate);
  }
  return links;
}
