import type { Chapter, Episode } from '@podlens/parser';
import type { CorpusStats } from '../corpus/build-corpus-stats.js';
import { rankTerms } from '../keywords/keywords.js';
import { indexTerms } from '../text/index-terms.js';
import { chapterTitle, type ChapterTitleOptions, type TitlePhrase } from './chapter-title.js';
import { backgroundDocumentFrequency } from '../corpus/background.js';
import { inverseDocumentFrequency } from '../corpus/inverse-document-frequency.js';
import type { EpisodeTerms } from '../text/index-terms.js';
import { chapterFeatures, interviewerId, type ChapterFeatures } from './chapter-features.js';
import { wordClass } from '../text/word-class.js';
import { defaultTopicCues, topicCuePhrases } from './topic-cue.js';

export interface AutoChaptersOptions {
  /** The chapter length to aim at, in seconds; default 150. */
  targetSeconds?: number;
  /** Corpus statistics for the chapter titles' keywords. */
  stats?: CorpusStats;
  /** Words of context on each side when comparing vocabulary; default `defaultBlockWords` (chosen with the weights). */
  blockWords?: number;
  /**
   * How titles are made (`chapterTitle`; the defaults were chosen on the headings of ../shared/corpus); `merge: false`
   * keeps two words that the chapter says as one phrase apart.
   */
  title?: Pick<ChapterTitleOptions, 'join' | 'phrases'> & { merge?: boolean };
}

export interface AutoChapter extends Chapter {
  origin: 'auto';
}

/** How far into a chapter the host's question that opens it may come, in seconds. */
const QUESTION_SECONDS = 60;

/**
 * Weights of the boundary cues; the defaults are the ones the search of scripts/tune-chapters.ts chooses on all
 * 107 DTC episodes with headings (Pk 0.276 on them, in-sample); the same search made inside 5-fold nested
 * cross-validation scores Pk 0.281, WindowDiff 0.306 on the held-out folds (before `leadIn`, `lead` and the
 * search's 8 starts: 0.295, 0.323). Some folds choose `cohesion` or `lead`, the choice on all episodes does not.
 * `depth`, `precede`, `hostWords` and `novelty` are held at 0; that choice too made inside the folds (an inner CV
 * in each outer fold, `tune-chapters --space-cv`: 4 of 5 hold them) scores the same 0.281, 0.306.
 */
export interface ChapterWeights {
  /** Per 100 s of the answer that a turn opens (capped at 300 s). */
  follow: number;
  /**
   * Per standard deviation of lexical shift above the episode's mean (the cosine distance of the TF-IDF
   * vectors of the windows before and after; inverse document frequency over the episode's paragraphs).
   */
  shift: number;
  /** Per standard deviation of lead (`ChapterCandidate.lead`: new words of the unit that the talk after it takes up). */
  lead: number;
  /** Per unit of TextTiling depth of the standardised shift (how far it stands above the valleys on each side). */
  depth: number;
  /** A host's turn that asks a question. */
  question: number;
  /** A guest's turn. */
  guest: number;
  /** A paragraph inside a turn. */
  midTurn: number;
  /** Constant cost of a boundary. */
  cost: number;
  /** Per 100 s of the answer that a turn closes (since the host's turn before it; capped at 300 s). */
  precede: number;
  /** A host's turn, per unit of novelty: the share (by IDF) of its words not said in the window before it. */
  novelty: number;
  /** A host's turn, per doubling of its words above 16 (a host who introduces a subject says more than "and then?"). */
  hostWords: number;
  /** A host's turn with a phrase that moves to a new subject (`topicCuePhrases`: "you mentioned", "another question", ...). */
  cue: number;
  /** Weight of the length prior: the squared relative distance of each chapter's length from the target. */
  length: number;
  /** Per unit of each chapter's lexical cost (`ChapterFeatures.cohesion`): chapters of one vocabulary. */
  cohesion: number;
  /**
   * The first chapter begins at the first words where they come at least this many seconds in (a recording that
   * opens on music or a wait before the talk); before that, at 0.
   */
  leadIn: number;
}

export const defaultChapterWeights: ChapterWeights = {
  follow: 1.5,
  shift: 1.5,
  depth: 0,
  lead: 0,
  question: 1.5,
  guest: -1.5,
  midTurn: -6,
  cost: -3,
  cue: 2,
  precede: 0,
  hostWords: 0,
  novelty: 0,
  length: 2,
  cohesion: 0,
  leadIn: 5,
};

/** Words of context on each side of a boundary by default (chosen with the weights). */
export const defaultBlockWords = 100;

/**
 * Splits an episode into topical chapters without looking at its headings. Candidate boundaries are
 * turn starts, scored by how the interview moves on (a host's question, the length of the answer it
 * opens, a phrase that moves to a new subject, the change of TF-IDF vocabulary across it); dynamic programming picks the set that balances those
 * scores against chapters of about `targetSeconds`. Each chapter is titled by its main noun phrases (`chapterTitle`).
 */
export function autoChapters(episode: Episode, options: AutoChaptersOptions = {}): AutoChapter[] {
  const starts = chapterStarts(episode, options, defaultChapterWeights);
  const duration = Math.max(episode.durationSeconds, episode.turns.at(-1)?.end ?? 0);
  const terms = indexTerms(episode);
  // Each occurrence's chapter: they come in time order, give or take a phrase's first words, so a pointer that
  // steps either way finds it. Then the occurrences grouped by chapter in one flat list (a counting sort).
  const chapterOf = new Int32Array(terms.count);
  const firstOf = new Int32Array(starts.length + 1);
  let c = 0;
  for (let o = 0; o < terms.count; o++) {
    const time = terms.time[o]!;
    while (c + 1 < starts.length && starts[c + 1]! <= time) c++;
    while (c > 0 && !(starts[c]! <= time)) c--;
    chapterOf[o] = c;
    firstOf[c + 1]!++;
  }
  for (let i = 1; i <= starts.length; i++) firstOf[i]! += firstOf[i - 1]!;
  const grouped = new Int32Array(terms.count);
  const next = firstOf.slice(0, starts.length);
  for (let o = 0; o < terms.count; o++) grouped[next[chapterOf[o]!]!++] = o;
  const host = interviewerId(episode);
  const generic = genericShares(terms, grouped, firstOf, starts.length, options.stats);
  const { merge = true, ...rest } = options.title ?? {};
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? duration;
    const selection = grouped.subarray(firstOf[i]!, firstOf[i + 1]!);
    // Noun phrases by what the chapter is mostly about.
    const top = rankTerms(terms, selection, { stats: options.stats, limit: 6, minCount: 1, scoring: 'heading' });
    // The host's question that opens the chapter: the first host's turn with a question mark, early in it.
    const question = episode.turns.findIndex(
      (t) =>
        t.start >= start &&
        t.start < Math.min(end, start + QUESTION_SECONDS) &&
        t.speakerId === host &&
        t.text.includes('?'),
    );
    const asked = question >= 0 ? questionPhrases(episode, terms, selection, question, options.stats) : undefined;
    // The chapter's spelling of a phrase of these stem keys, where it says it.
    const phraseOf = (keys: readonly string[]) => {
      const key = keys.join(' ');
      for (const o of selection) {
        const k = terms.term[o]!;
        if (terms.keyWords[k] === keys.length && terms.keys[k] === key) return terms.surface(o).replace(/\s+/g, ' ');
      }
      return undefined;
    };
    const title = chapterTitle(top, {
      question: asked,
      generic,
      phraseOf: merge ? phraseOf : undefined,
      linked: merge ? (a: string, b: string) => linkedPhrase(episode, terms, selection, a, b) : undefined,
      ...rest,
    });
    return { title: title ?? `Part ${i + 1}`, start, end, origin: 'auto' as const };
  });
}

/** What may join two noun phrases into one: a preposition (`pillars of observability`), `vs`, a possessive. */
const LINK = /^(?:\s+(?:of|for|in|on|with|at|behind|across|from|versus|vs\.?)\s+|['’]s\s+)$/i;

/**
 * Where a chapter (`selection`: its occurrences) says the phrases of stem keys `a` and `b`, either first, joined by
 * one linking word (`LINK`: `cost of storage`, `strategy vs tactics`), the words as said; `undefined` where it
 * never does, or only where the phrase goes on into a noun (`comparison of vector` in `comparison of vector
 * databases`).
 */
export function linkedPhrase(
  episode: Episode,
  terms: EpisodeTerms,
  selection: ArrayLike<number>,
  a: string,
  b: string,
): string | undefined {
  const as: number[] = [];
  const bs: number[] = [];
  for (let x = 0; x < selection.length; x++) {
    const o = selection[x]!;
    const key = terms.keys[terms.term[o]!];
    if (key === a) as.push(o);
    else if (key === b) bs.push(o);
  }
  for (const x of as)
    for (const y of bs) {
      if (terms.turn[x] !== terms.turn[y] || terms.paragraph[x] !== terms.paragraph[y]) continue;
      const [first, second] = terms.offset[x]! < terms.offset[y]! ? [x, y] : [y, x];
      const from = terms.offset[first]! + terms.length[first]!;
      const to = terms.offset[second]!;
      if (to <= from || to - from > 10) continue;
      const turn = episode.turns[terms.turn[first]!]!;
      const text = turn.paragraphs[terms.paragraph[first]!]?.text ?? turn.text;
      const end = to + terms.length[second]!;
      const after = /^\s*(\p{L}[\p{L}'’-]*)/u.exec(text.slice(end))?.[1];
      if (LINK.test(text.slice(from, to)) && !(after && wordClass(after) === 'noun'))
        return text.slice(terms.offset[first]!, end).replace(/\s+/g, ' ');
    }
  return undefined;
}

/**
 * How generic a term of an episode is, as a share of documents that say it: the larger of the share of the
 * corpus's episodes (or, without corpus statistics, of the built-in background's documents) and, where there
 * are at least 3 chapters, the share of the episode's chapters (a term of the episode is said in one at least).
 */
function genericShares(
  terms: EpisodeTerms,
  grouped: Int32Array,
  firstOf: Int32Array,
  chapters: number,
  stats: CorpusStats | undefined,
): (key: string) => number {
  // Only the terms said in several chapters are kept by key: most are said in one, and a map of every term
  // of an episode cost more than the titles.
  const said = new Int32Array(terms.keys.length);
  const seen = new Int32Array(terms.keys.length).fill(-1);
  const several = new Map<string, number>();
  if (chapters >= 3)
    for (let c = 0; c < chapters; c++)
      for (let x = firstOf[c]!; x < firstOf[c + 1]!; x++) {
        const k = terms.term[grouped[x]!]!;
        if (seen[k] === c) continue;
        seen[k] = c;
        if (++said[k]! > 1) several.set(terms.keys[k]!, said[k]!);
      }
  return (key) => {
    const found = stats && stats.documents > 0 ? stats.documentFrequency[key] : undefined;
    const corpus =
      !stats || !(stats.documents > 0)
        ? backgroundDocumentFrequency(key)
        : (typeof found === 'number' ? found : 0) / stats.documents;
    return Math.max(corpus, chapters >= 3 ? (several.get(key) ?? 1) / chapters : 0);
  };
}

/**
 * The phrases said in the question sentences (those ending in a question mark) of a host's turn and again in the
 * chapter (a phrase said once is as often a verb's object as the subject), as said there, scored as `rankTerms` scores headings (times said in the chapter x sqrt IDF, phrases of several words x 1.4).
 */
function questionPhrases(
  episode: Episode,
  terms: EpisodeTerms,
  selection: Int32Array,
  turn: number,
  stats: CorpusStats | undefined,
): TitlePhrase[] {
  const paragraphs = episode.turns[turn]!.paragraphs;
  const spans = (p: number) => questionSpans(paragraphs[p]?.text ?? episode.turns[turn]!.text);
  const byParagraph = new Map<number, [number, number][]>();
  const found = new Map<number, string>();
  for (const o of selection) {
    if (terms.turn[o] !== turn) continue;
    const p = terms.paragraph[o]!;
    let s = byParagraph.get(p);
    if (!s) byParagraph.set(p, (s = spans(p)));
    const at = terms.offset[o]!;
    const k = terms.term[o]!;
    if (!found.has(k) && s.some(([from, to]) => at >= from && at < to))
      found.set(k, terms.surface(o).replace(/\s+/g, ' '));
  }
  if (found.size === 0) return [];
  const count = new Map<number, number>();
  for (const o of selection) {
    const k = terms.term[o]!;
    if (found.has(k)) count.set(k, (count.get(k) ?? 0) + 1);
  }
  const names = terms.nameKeys;
  return [...found]
    .filter(([k]) => count.get(k)! >= 2 && !terms.keys[k]!.split(' ').some((w) => names.has(w)))
    .map(([k, term]) => ({
      term,
      key: terms.keys[k]!,
      score:
        count.get(k)! * Math.sqrt(inverseDocumentFrequency(terms.keys[k]!, stats)) * (terms.keyWords[k]! > 1 ? 1.4 : 1),
    }));
}

/** The [start, end) offsets of the sentences of a text that end in a question mark. */
function questionSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?]+/g)) {
    const to = m.index + m[0].length;
    if (m[0].includes('?')) spans.push([from, to]);
    from = to;
  }
  return spans;
}

/** Where the chapters of an episode start (seconds, the first at 0), with given cue weights. */
export function chapterStarts(episode: Episode, options: AutoChaptersOptions, weights: ChapterWeights): number[] {
  if (!episode || !Array.isArray(episode.turns)) throw new TypeError('autoChapters: expected an episode');
  const target = options.targetSeconds ?? 150;
  if (!(target > 0))
    throw new TypeError(`autoChapters: targetSeconds must be positive, got ${String(options.targetSeconds)}`);
  // The lexical cost of every possible chapter is most of the features' time: left out where it weighs nothing.
  const features = chapterFeatures(episode, {
    blockWords: options.blockWords ?? defaultBlockWords,
    cohesion: weights.cohesion !== 0,
  });
  return startsFromFeatures(features, weights, target, defaultCues);
}

const defaultCues: ReadonlySet<number> = new Set(defaultTopicCues.map((p) => topicCuePhrases.indexOf(p)));

/**
 * Chapter starts from an episode's boundary features: each candidate scored by the weights, then dynamic
 * programming picks the set that balances the scores against chapters of about `target` seconds. A host's cue
 * phrase counts where `cues` holds its index (default: every phrase the features were computed with).
 */
export function startsFromFeatures(
  features: ChapterFeatures,
  weights: ChapterWeights,
  target: number,
  cues?: ReadonlySet<number>,
): number[] {
  const { duration } = features;
  if (duration <= 0) return [];
  const origin = features.speechStart >= weights.leadIn ? features.speechStart : 0;
  const candidates: { start: number; score: number }[] = [];
  // Every candidate comes after the first words, so the lexical costs (counted from 0) stay as they are.
  for (const c of features.candidates) {
    let score = (weights.follow * Math.min(c.follow, 300)) / 100 + weights.shift * c.shift + weights.cost;
    if (weights.depth) score += weights.depth * c.depth;
    if (weights.lead) score += weights.lead * c.lead;
    if (weights.precede) score += (weights.precede * Math.min(c.precede, 300)) / 100;
    if (!c.first) score += weights.midTurn;
    else if (c.host) {
      if (c.question) score += weights.question;
      if (weights.novelty) score += weights.novelty * c.novelty;
      if (weights.hostWords) score += weights.hostWords * Math.log2(Math.max(1, c.words) / 16);
      if (weights.cue && c.cues.some((i) => !cues || cues.has(i))) score += weights.cue;
    } else score += weights.guest;
    const last = candidates.at(-1);
    if (last && c.start <= last.start) last.score = Math.max(last.score, score);
    else candidates.push({ start: c.start, score });
  }

  const pos = [origin, ...candidates.map((c) => c.start), duration];
  const gain = [0, ...candidates.map((c) => c.score), 0];
  const best = new Float64Array(pos.length).fill(-Infinity);
  const back = new Int32Array(pos.length).fill(-1);
  best[0] = 0;
  for (let j = 1; j < pos.length; j++) {
    for (let i = j - 1; i >= 0; i--) {
      const length = pos[j]! - pos[i]!;
      if (length > 4 * target) break;
      if (best[i] === -Infinity) continue;
      let v = best[i]! + gain[j]! - weights.length * ((length - target) / target) ** 2;
      if (weights.cohesion) v -= weights.cohesion * (features.cohesion[j]?.[j - 1 - i] ?? 0);
      if (v > best[j]!) {
        best[j] = v;
        back[j] = i;
      }
    }
  }
  const starts: number[] = [];
  for (let j = back[pos.length - 1]!; j > 0; j = back[j]!) starts.push(pos[j]!);
  starts.push(origin);
  starts.reverse();
  if (best[pos.length - 1] === -Infinity) starts.splice(1);
  return starts;
}
