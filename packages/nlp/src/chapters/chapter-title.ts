import type { Keyword } from '../keywords/keywords.js';
import { isNounPhrase } from '../text/noun-phrase.js';

const words = (key: string) => key.split(' ');

/** A term shown as the start of a heading: the first letter capitalised (names and acronyms stay as written). */
function headingCase(term: string): string {
  return term.charAt(0).toUpperCase() + term.slice(1);
}

export interface ChapterTitleOptions {
  /** Stem keys of the phrases said in the host's question that opens the chapter. */
  questionKeys?: ReadonlySet<string>;
  /** Phrases at most; default 2. */
  phrases?: number;
  /**
   * A phrase after a lead of several words joins it only where it scores at least this share of the lead's score
   * (a lead of one word always takes a second: alone it reads as a tag); default 0.5.
   */
  join?: number;
  /**
   * The chapter's spelling of a phrase of the given stem keys in that order (`['data', 'lake']` -> `data lake`),
   * where it says it: two one-word phrases that the chapter says as one noun phrase are shown as one (not a verb
   * fragment: `motivates participants`).
   */
  phraseOf?: (keys: readonly string[]) => string | undefined;
}

/**
 * A chapter's heading from its ranked noun phrases (`rankTerms`): led by the best phrase of the host's question
 * that opens it (the subject the host asked about), else by the best phrase; a second phrase that shares no
 * word with the first joins it (`Knowledge graph and happy path`), after a lead of several words only where it
 * scores at least `join` of it (`Differential privacy`, not `Differential privacy and Friday`), as one phrase where the chapter says the two so (`Data lake`, not
 * `Data and lake`); `phrases` of them at most. `undefined` where there is none.
 */
export function chapterTitle(ranked: readonly Keyword[], options: ChapterTitleOptions = {}): string | undefined {
  const { questionKeys = new Set<string>(), phrases = 2, join = 0.5, phraseOf } = options;
  if (ranked.length === 0) return undefined;
  const lead = ranked.find((k) => questionKeys.has(k.key)) || ranked[0]!;
  const chosen = [lead];
  for (const k of ranked) {
    if (chosen.length >= phrases) break;
    if (k.score < join * lead.score && lead.key.includes(' ')) continue;
    if (chosen.some((c) => words(c.key).some((w) => words(k.key).includes(w)))) continue;
    chosen.push(k);
  }
  const terms = chosen.map((k) => k.term);
  if (phraseOf && chosen.length === 2) {
    const [a, b] = chosen.map((k) => words(k.key));
    const one = [phraseOf([...a!, ...b!]), phraseOf([...b!, ...a!])].find((p) => p && isNounPhrase(p.split(' ')));
    if (one) terms.splice(0, 2, one);
  }
  const joined = terms.length <= 2 ? terms.join(' and ') : `${terms.slice(0, -1).join(', ')} and ${terms.at(-1)!}`;
  return headingCase(joined);
}
