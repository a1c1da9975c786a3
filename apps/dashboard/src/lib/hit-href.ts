/** A search hit as the episode page reads it: the moment and the words to mark. */
export interface HitPlace {
  start: number;
  sentence: string;
  marks: readonly (readonly [number, number])[];
}

/**
 * The link of a search hit: `/episode/ID?t=<start seconds>&mark=<words>...`, one `mark` per distinct marked run
 * of the sentence as it is written there (a phrase stays one run), so the reader can scroll to the turn and mark them.
 */
export function hitHref(episodeId: string, hit: HitPlace): string {
  const params = new URLSearchParams();
  params.set('t', String(Math.max(0, hit.start)));
  const seen = new Set<string>();
  for (const [s, e] of hit.marks) {
    const words = hit.sentence.slice(s, e).trim();
    if (words === '' || seen.has(words.toLowerCase())) continue;
    seen.add(words.toLowerCase());
    params.append('mark', words);
  }
  return `/episode/${encodeURIComponent(episodeId)}?${params}`;
}
