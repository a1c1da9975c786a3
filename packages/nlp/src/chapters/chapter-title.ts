import type { Keyword } from '../keywords/keywords.js';

const words = (key: string) => key.split(' ');

/** A term shown as the start of a heading: the first letter capitalised (names and acronyms stay as written). */
function headingCase(term: string): string {
  return term.charAt(0).toUpperCase() + term.slice(1);
}

/**
 * A chapter's heading from its ranked noun phrases (`rankTerms`): led by the best phrase of the host's question
 * that opens it (the subject the host asked about), else by the best phrase; a second phrase that shares no
 * word with the first joins it (`Knowledge graph and happy path`); `phrases` of them at most. `undefined` where
 * there is none.
 */
export function chapterTitle(
  ranked: readonly Keyword[],
  questionKeys: ReadonlySet<string> = new Set(),
  phrases = 2,
): string | undefined {
  if (ranked.length === 0) return undefined;
  const lead = ranked.find((k) => questionKeys.has(k.key)) || ranked[0]!;
  const chosen = [lead];
  for (const k of ranked) {
    if (chosen.length >= phrases) break;
    if (chosen.some((c) => words(c.key).some((w) => words(k.key).includes(w)))) continue;
    chosen.push(k);
  }
  const terms = chosen.map((k) => k.term);
  const joined = terms.length <= 2 ? terms.join(' and ') : `${terms.slice(0, -1).join(', ')} and ${terms.at(-1)!}`;
  return headingCase(joined);
}
