import type { CorpusStats } from '../corpus/build-corpus-stats.js';
import { inverseDocumentFrequency } from '../corpus/inverse-document-frequency.js';
import type { EpisodeTerms } from '../text/index-terms.js';
import { isNounPhrase } from '../text/noun-phrase.js';
import { TermValues } from '../text/term-values.js';
import { segmentTerms, toSegment, type Selection, type Target } from '../text/segment.js';
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
  /** Only noun phrases and names (`knowledge graph`, `EuroPython`), no verb fragments (`help build`); default true. */
  nounPhrases?: boolean;
}

function contains(longer: string, shorter: string): boolean {
  return ` ${longer} `.includes(` ${shorter} `);
}

/** Per episode, whether each term key holds a word of a speaker's name: 1 yes, 2 no, 0 not yet known. */
const nameTerms = new WeakMap<EpisodeTerms, Uint8Array>();
function nameTermsOf(terms: EpisodeTerms): Uint8Array {
  let known = nameTerms.get(terms);
  if (!known) nameTerms.set(terms, (known = new Uint8Array(terms.keys.length)));
  return known;
}

/** Per episode, whether each term key is a noun phrase (see `isNounPhrase`): 1 yes, 2 no, 0 not yet known. */
const nounPhraseTerms = new WeakMap<EpisodeTerms, { known: Uint8Array; samples: Int32Array }>();
const SAMPLES = 5;
function isNounPhraseTerm(terms: EpisodeTerms, k: number): boolean {
  let entry = nounPhraseTerms.get(terms);
  if (!entry) {
    // The first few occurrences of each key, in one pass: their usual spelling tells names from words.
    const samples = new Int32Array(terms.keys.length * SAMPLES).fill(-1);
    const filled = new Uint8Array(terms.keys.length);
    for (let i = 0; i < terms.count; i++) {
      const key = terms.term[i]!;
      if (filled[key]! < SAMPLES) samples[key * SAMPLES + filled[key]!++] = i;
    }
    nounPhraseTerms.set(terms, (entry = { known: new Uint8Array(terms.keys.length), samples }));
  }
  if (entry.known[k] === 0) {
    const surfaces: string[] = [];
    for (let j = 0; j < SAMPLES; j++) {
      const i = entry.samples[k * SAMPLES + j]!;
      if (i >= 0) surfaces.push(terms.surface(i));
    }
    entry.known[k] = isNounPhrase(displayForm(surfaces).split(' ')) ? 1 : 2;
  }
  return entry.known[k] === 1;
}

/** Per episode and corpus statistics, the IDF of each term key; per statistics, the IDF of each interned term. */
const idfs = new WeakMap<EpisodeTerms, WeakMap<object, Float64Array>>();
const idfsByTerm = new WeakMap<object, TermValues>();
const noStats = {};
function idfsOf(terms: EpisodeTerms, stats: CorpusStats | undefined): Float64Array {
  let byStats = idfs.get(terms);
  if (!byStats) idfs.set(terms, (byStats = new WeakMap()));
  let known = byStats.get(stats ?? noStats);
  if (!known) {
    let values = idfsByTerm.get(stats ?? noStats);
    if (!values)
      idfsByTerm.set(stats ?? noStats, (values = new TermValues((key) => inverseDocumentFrequency(key, stats))));
    byStats.set(stats ?? noStats, (known = values.of(terms)));
  }
  return known;
}

let scratch = new Int32Array(1024);

interface Candidate {
  k: number;
  key: string;
  count: number;
  score: number;
}

/** Ties in code-unit order of the key: deterministic, and `localeCompare` was a third of the time here. */
const byScore = (a: Candidate, b: Candidate) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The candidates best first, as far as `wanted` reads: the `head` best are sorted first and the rest only if
 * `wanted` asks past them. Sorting thousands of terms to take a few dozen was most of the time here.
 */
function takeBest(items: Candidate[], head: number, wanted: (c: Candidate) => boolean): void {
  if (items.length <= head * 2) {
    for (const c of items.sort(byScore)) if (!wanted(c)) return;
    return;
  }
  const scores = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) scores[i] = items[i]!.score;
  const threshold = scores.sort()[items.length - head]!;
  for (const c of items.filter((x) => x.score >= threshold).sort(byScore)) if (!wanted(c)) return;
  for (const c of items.filter((x) => x.score < threshold).sort(byScore)) if (!wanted(c)) return;
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
  const { terms, selection } = segmentTerms(segment);
  return rankTerms(terms, selection, { stats: options.stats, limit, minCount, nounPhrases: options.nounPhrases });
}

export interface RankOptions {
  stats?: CorpusStats;
  limit: number;
  minCount: number;
  nounPhrases?: boolean;
  /**
   * `keyword` (default): (1 + log count) x IDF, the terms that set the text apart. `heading`: count x sqrt(IDF),
   * what the text is mostly about (chapter titles: 58.6% share a stem with the human heading, 51.6% with `keyword`).
   */
  scoring?: 'keyword' | 'heading';
}

/**
 * Keywords of some of an episode's term occurrences: TF-IDF by stem key, speakers' names left out, phrases
 * deduplicated, and (unless `nounPhrases` is false) only noun phrases.
 */
export function rankTerms(terms: EpisodeTerms, selection: Selection, options: RankOptions): Keyword[] {
  const { limit, minCount } = options;
  const nounPhrases = options.nounPhrases ?? true;
  const heading = options.scoring === 'heading';
  // Counts per term of the episode; the terms the selection uses, in order of first use.
  let counts: ArrayLike<number>;
  let used: number[];
  if (selection === undefined) {
    counts = terms.keyCounts;
    used = Array.from(terms.keys, (_, k) => k);
  } else {
    // A scratch table, cleared after use where it was used: chapter titles ask this thousands of times.
    if (scratch.length < terms.keys.length) scratch = new Int32Array(Math.max(terms.keys.length, 2 * scratch.length));
    counts = scratch;
    used = [];
    for (let x = 0; x < selection.length; x++) {
      const k = terms.term[selection[x]!]!;
      if (scratch[k]!++ === 0) used.push(k);
    }
  }
  const names = nameTermsOf(terms);
  const idf = idfsOf(terms, options.stats);
  const scored: Candidate[] = [];
  for (const k of used) {
    const count = counts[k]!;
    const n = terms.keyWords[k]!;
    if (count < Math.max(minCount, n > 1 ? 2 : 1)) continue;
    const key = terms.keys[k]!;
    if (names[k] === 1) continue;
    if (Number.isNaN(idf[k]!)) idf[k] = inverseDocumentFrequency(key, options.stats);
    const score = (heading ? count * Math.sqrt(idf[k]!) : (1 + Math.log(count)) * idf[k]!) * (n === 1 ? 1 : 1.4);
    scored.push({ k, key, count, score });
  }
  if (selection !== undefined) for (const k of used) scratch[k] = 0;
  const chosen: Candidate[] = [];
  takeBest(scored, 4 * limit + 16, (c) => {
    if (chosen.length >= limit) return false;
    // Speakers' names are left out; checked here, for the few candidates read, rather than for every term.
    if (names[c.k] === 0) names[c.k] = c.key.split(' ').some((w) => terms.nameKeys.has(w)) ? 1 : 2;
    if (names[c.k] === 1) return true;
    if (nounPhrases && !isNounPhraseTerm(terms, c.k)) return true;
    if (chosen.some((s) => contains(s.key, c.key) && c.count <= 2 * s.count)) return true;
    if (chosen.some((s) => contains(c.key, s.key) && c.count < 0.5 * s.count)) return true;
    // A longer phrase said about as often replaces the shorter one already chosen.
    const shorter = chosen.findIndex((s) => contains(c.key, s.key));
    if (shorter >= 0) chosen.splice(shorter, 1, { ...c, score: chosen[shorter]!.score });
    else chosen.push(c);
    return chosen.length < limit;
  });
  // The chosen terms' occurrences, in one pass over the selection.
  // `scratch` (all zero again here) marks each chosen term with its place plus one.
  if (scratch.length < terms.keys.length) scratch = new Int32Array(Math.max(terms.keys.length, 2 * scratch.length));
  chosen.forEach((c, j) => (scratch[c.k] = j + 1));
  const found: number[][] = chosen.map(() => []);
  const size = selection === undefined ? terms.count : selection.length;
  for (let x = 0; x < size; x++) {
    const i = selection === undefined ? x : selection[x]!;
    const j = scratch[terms.term[i]!]!;
    if (j > 0) found[j - 1]!.push(i);
  }
  for (const c of chosen) scratch[c.k] = 0;
  const top = chosen[0]?.score ?? 1;
  const ranked = chosen.map((c, j) => ({
    term: displayForm(found[j]!.map((i) => terms.surface(i))),
    key: c.key,
    score: Math.round((c.score / top) * 1000) / 1000,
    count: c.count,
    occurrences: found[j]!.map((i) => ({
      turn: terms.turn[i]!,
      paragraph: terms.paragraph[i]!,
      offset: terms.offset[i]!,
      length: terms.length[i]!,
      time: terms.time[i]!,
    })),
  }));
  // The shown spelling may differ from the ones checked (`invest` said more often than `investment`, one stem).
  return nounPhrases ? ranked.filter((k) => isNounPhrase(k.term.split(' '))) : ranked;
}
