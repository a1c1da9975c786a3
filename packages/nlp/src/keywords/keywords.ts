import type { CorpusStats } from '../corpus/build-corpus-stats.js';
import { inverseDocumentFrequency } from '../corpus/inverse-document-frequency.js';
import { analyzeEpisode, type TermOccurrence } from '../text/analyze-episode.js';
import { segmentOccurrences, toSegment, type Target } from '../text/segment.js';
import { displayForm } from './display-form.js';

export interface KeywordOccurrence {
  turn: number;
  paragraph: number;
  /** UTF-16 offset in the paragraph's text. */
  offset: number;
  length: number;
  time: number;
}

export interface Keyword {
  term: string;
  /** Stems of the term: equal keys mean the same term. */
  key: string;
  score: number;
  count: number;
  occurrences: KeywordOccurrence[];
}

export interface KeywordsOptions {
  /** Corpus statistics; without them a built-in background model weights the terms. */
  stats?: CorpusStats;
  limit?: number;
  /** Fewest times a term must be said; default 2 for a whole episode, 1 for a shorter segment. */
  minCount?: number;
}

function contains(longer: string, shorter: string): boolean {
  return ` ${longer} `.includes(` ${shorter} `);
}

/** Whether a term key holds a word of a speaker's name; remembered per set of name keys. */
const nameTermCache = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();
function holdsName(key: string, nameKeys: ReadonlySet<string>): boolean {
  let known = nameTermCache.get(nameKeys);
  if (!known) nameTermCache.set(nameKeys, (known = new Map()));
  let holds = known.get(key);
  if (holds === undefined) known.set(key, (holds = key.split(' ').some((k) => nameKeys.has(k))));
  return holds;
}

/** The terms that set an episode or a segment apart from the corpus, deduplicated by stem. */
export function keywords(target: Target, options: KeywordsOptions = {}): Keyword[] {
  const segment = toSegment(target);
  if (!segment.episode || !Array.isArray(segment.episode.turns)) {
    throw new TypeError('keywords: expected an episode or a segment { episode, start?, end?, speakerId? }');
  }
  const limit = options.limit ?? 20;
  const whole = segment.start === undefined && segment.end === undefined && segment.speakerId === undefined;
  const minCount = options.minCount ?? (whole ? 2 : 1);
  const { nameKeys } = analyzeEpisode(segment.episode);
  return rankKeywords(segmentOccurrences(segment), { nameKeys, stats: options.stats, limit, minCount });
}

/** Keywords of a list of term occurrences: TF-IDF by stem key, names left out, phrases deduplicated. */
export function rankKeywords(
  occurrences: readonly TermOccurrence[],
  options: { nameKeys: ReadonlySet<string>; stats?: CorpusStats; limit: number; minCount: number },
): Keyword[] {
  const { nameKeys, limit, minCount } = options;
  const groups = new Map<string, TermOccurrence[]>();
  for (const o of occurrences) {
    const list = groups.get(o.key);
    if (list) list.push(o);
    else groups.set(o.key, [o]);
  }
  const scored: { key: string; list: TermOccurrence[]; score: number }[] = [];
  for (const [key, list] of groups) {
    if (list.length < Math.max(minCount, list[0]!.n > 1 ? 2 : 1)) continue;
    if (holdsName(key, nameKeys)) continue;
    const n = list[0]!.n;
    const score = (1 + Math.log(list.length)) * inverseDocumentFrequency(key, options.stats) * (n === 1 ? 1 : 1.4);
    scored.push({ key, list, score });
  }
  // Ties in code-unit order of the key: deterministic, and `localeCompare` was a third of the time here.
  scored.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const chosen: typeof scored = [];
  for (const c of scored) {
    if (chosen.length >= limit) break;
    if (chosen.some((s) => contains(s.key, c.key) && c.list.length <= 2 * s.list.length)) continue;
    if (chosen.some((s) => contains(c.key, s.key) && c.list.length < 0.5 * s.list.length)) continue;
    // A longer phrase said about as often replaces the shorter one already chosen.
    const shorter = chosen.findIndex((s) => contains(c.key, s.key));
    if (shorter >= 0) chosen.splice(shorter, 1, { ...c, score: chosen[shorter]!.score });
    else chosen.push(c);
  }
  const top = chosen[0]?.score ?? 1;
  return chosen.map((c) => ({
    term: displayForm(c.list.map((o) => o.surface)),
    key: c.key,
    score: Math.round((c.score / top) * 1000) / 1000,
    count: c.list.length,
    occurrences: c.list.map(({ turn, paragraph, offset, length, time }) => ({ turn, paragraph, offset, length, time })),
  }));
}
