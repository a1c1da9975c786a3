import type { Keyword } from '../keywords/keywords.js';
import { isNounPhrase } from '../text/noun-phrase.js';
import { wordClass } from '../text/word-class.js';

const words = (key: string) => key.split(' ');

/** A term shown as the start of a heading: the first letter capitalised (names and acronyms stay as written). */
function headingCase(term: string): string {
  return term.charAt(0).toUpperCase() + term.slice(1);
}

/** A phrase that may lead a title: its stem key, its words as said, and how much the chapter is about it. */
export type TitlePhrase = Pick<Keyword, 'term' | 'key' | 'score'>;

export interface ChapterTitleOptions {
  /**
   * The phrases said in the question sentences of the host's turn that opens the chapter, as said there: the
   * chapter's best phrase among them leads, so that "What is data observability?" gives `Data observability`.
   */
  question?: readonly TitlePhrase[];
  /** Stem keys of the phrases said in the host's question that opens the chapter (where `question` is not given). */
  questionKeys?: ReadonlySet<string>;
  /**
   * How generic a stem key is: the share (0 to 1) of documents that say it (the corpus's episodes, the episode's
   * chapters). A phrase said in more than half of them (`data`, `team` on a data podcast) does not lead a title.
   */
  generic?: (key: string) => number;
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
  /**
   * The chapter's words where it says the phrases of two stem keys joined by one linking word (`linkedPhrase`:
   * `director of data science`, `strategy vs tactics`), where it does: two phrases that do not make one compound
   * are shown so, as one noun phrase, rather than as `X and Y`.
   */
  linked?: (a: string, b: string) => string | undefined;
}

/** Above this share of documents a phrase is generic: it does not lead a title. */
export const GENERIC_SHARE = 0.5;

/** A gerund alone (`creating`, `hiring`): a heading only where it is not generic. */
const loneGerund = (k: TitlePhrase) => /^\p{Ll}\p{L}*ing$/u.test(k.term) && wordClass(k.term) === 'noun';

/**
 * A chapter's heading from its ranked noun phrases (`rankTerms`, best first): led by the chapter's best phrase
 * that the host's question opening it says (the subject asked about), shown as the question's longest phrase that
 * holds it (`Data observability`, alone where it has several words), else by the best phrase. A generic phrase (`generic`: said in more than
 * `GENERIC_SHARE` of the documents) does not lead where another can, but may stand beside the lead (an episode's
 * own subject: `Spanner and databases`), except a gerund alone (`creating`). A lead of one word takes a second phrase that shares no word with it (alone it reads as a tag), a
 * lead of several words only one that scores at least `join` of it (`Knowledge graph and happy path`,
 * `Differential privacy`), shown as one phrase where the chapter says the two so (`Data lake`, not `Data and
 * lake`), or as the chapter joins them with a linking word (`linked`: `Director of data science`); `phrases` of them at most. `undefined` where there is none.
 */
export function chapterTitle(ranked: readonly TitlePhrase[], options: ChapterTitleOptions = {}): string | undefined {
  const { phrases = 2, join = 0.5, phraseOf, generic = () => 0 } = options;
  const nounPhrase = (k: TitlePhrase) => isNounPhrase(k.term.split(' '));
  const common = (k: TitlePhrase) => generic(k.key) > GENERIC_SHARE;
  const standing = ranked.filter((k) => nounPhrase(k) && !(loneGerund(k) && common(k)));
  const fit = standing.filter((k) => !common(k));
  const asked = options.question
    ? askedPhrase(options.question.filter(nounPhrase), fit, standing)
    : fit.find((k) => options.questionKeys?.has(k.key));
  const lead = asked ?? fit[0] ?? standing[0] ?? ranked[0];
  if (!lead) return undefined;
  const chosen = [lead];
  const several = lead.key.includes(' ');
  // The host's question named the subject in several words: the heading.
  const limit = asked && asked.key.includes(' ') ? 1 : phrases;
  for (const k of standing) {
    if (chosen.length >= limit) break;
    if (several && k.score < join * lead.score) continue;
    if (chosen.some((c) => words(c.key).some((w) => words(k.key).includes(w)))) continue;
    chosen.push(k);
  }
  const terms = chosen.map((k) => k.term);
  if (chosen.length === 2) {
    const [a, b] = chosen.map((k) => words(k.key));
    const one = phraseOf
      ? [phraseOf([...a!, ...b!]), phraseOf([...b!, ...a!])].find((p) => p && isNounPhrase(p.split(' ')))
      : undefined;
    const merged = one ?? options.linked?.(chosen[0]!.key, chosen[1]!.key);
    if (merged) terms.splice(0, 2, merged);
  }
  const joined = terms.length <= 2 ? terms.join(' and ') : `${terms.slice(0, -1).join(', ')} and ${terms.at(-1)!}`;
  return headingCase(joined);
}

/**
 * The phrase of the question that leads: the best of the chapter's phrases (`fit`, best first) that the question
 * says, shown as the longest phrase of the question and of `ranked` that holds it (`data observability`, not
 * `observability`; not `store raw data`, a verb's object said once).
 */
function askedPhrase(
  question: readonly TitlePhrase[],
  fit: readonly TitlePhrase[],
  ranked: readonly TitlePhrase[],
): TitlePhrase | undefined {
  const said = new Set(question.map((k) => k.key));
  const best = fit.find((k) => said.has(k.key));
  if (!best) return undefined;
  const inner = words(best.key);
  let shown = best;
  for (const k of question.filter((q) => ranked.some((r) => r.key === q.key))) {
    const outer = words(k.key);
    if (outer.length > words(shown.key).length && inner.every((w) => outer.includes(w)))
      shown = { ...k, score: best.score };
  }
  return shown;
}
