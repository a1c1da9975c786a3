import type { Chapter, Episode } from '@podlens/parser';
import type { CorpusStats } from '../corpus/build-corpus-stats.js';
import { rankTerms } from '../keywords/keywords.js';
import { analyzeEpisode } from '../text/analyze-episode.js';
import { chapterTitle } from './chapter-title.js';
import { hasTopicCue } from './topic-cue.js';

export interface AutoChaptersOptions {
  /** The chapter length to aim at, in seconds; default 150. */
  targetSeconds?: number;
  /** Corpus statistics for the chapter titles' keywords. */
  stats?: CorpusStats;
  /** Words of context on each side when comparing vocabulary; default 150 (chosen with the weights). */
  blockWords?: number;
}

export interface AutoChapter extends Chapter {
  origin: 'auto';
}

/** How far into a chapter the host's question that opens it may come, in seconds. */
const QUESTION_SECONDS = 60;

function hostOf(episode: Episode): string | undefined {
  const questions = new Map<string, number>();
  for (const t of episode.turns) if (t.text.includes('?')) questions.set(t.speakerId, (questions.get(t.speakerId) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, n] of questions) if (best === undefined || n > questions.get(best)!) best = id;
  return best ?? episode.speakers.find((s) => s.role === 'host')?.id;
}

/**
 * Weights of the boundary cues; the defaults are the ones chosen by cross-validation (scripts/tune-chapters.ts:
 * 5-fold cross-validated Pk 0.298 on the 107 DTC episodes with headings; 0.292 with these weights on all of them).
 */
export interface ChapterWeights {
  /** Per 100 s of the answer that a turn opens (capped at 300 s). */
  follow: number;
  /**
   * Per standard deviation of lexical shift above the episode's mean (the cosine distance of the TF-IDF
   * vectors of the windows before and after; inverse document frequency over the episode's paragraphs).
   */
  shift: number;
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
  /** A host's turn with a phrase that moves to a new subject (`topicCuePhrases`: "you mentioned", "another question", ...). */
  cue: number;
}

export const defaultChapterWeights: ChapterWeights = { follow: 1, shift: 1, depth: 0, question: 1, guest: -1.5, midTurn: -4.5, cost: -2, cue: 1 };

/**
 * Splits an episode into topical chapters without looking at its headings. Candidate boundaries are
 * turn starts, scored by how the interview moves on (a host's question, the length of the answer it
 * opens, a phrase that moves to a new subject, the change of TF-IDF vocabulary across it); dynamic programming picks the set that balances those
 * scores against chapters of about `targetSeconds`. Each chapter is titled by its main noun phrases (`chapterTitle`).
 */
export function autoChapters(episode: Episode, options: AutoChaptersOptions = {}): AutoChapter[] {
  const starts = chapterStarts(episode, options, defaultChapterWeights);
  const duration = Math.max(episode.durationSeconds, episode.turns.at(-1)?.end ?? 0);
  const terms = analyzeEpisode(episode);
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
  const host = hostOf(episode);
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? duration;
    const selection = grouped.subarray(firstOf[i]!, firstOf[i + 1]!);
    // Noun phrases by what the chapter is mostly about.
    const top = rankTerms(terms, selection, { stats: options.stats, limit: 6, minCount: 1, scoring: 'heading' });
    // The host's question that opens the chapter: the first host's turn with a question mark, early in it.
    const question = episode.turns.findIndex((t) => t.start >= start && t.start < Math.min(end, start + QUESTION_SECONDS) && t.speakerId === host && t.text.includes('?'));
    const questionKeys = new Set<string>();
    if (question >= 0) for (const o of selection) if (terms.turn[o] === question) questionKeys.add(terms.keys[terms.term[o]!]!);
    return { title: chapterTitle(top, questionKeys) ?? `Part ${i + 1}`, start, end, origin: 'auto' as const };
  });
}

/** Where the chapters of an episode start (seconds, the first at 0), with given cue weights. */
export function chapterStarts(episode: Episode, options: AutoChaptersOptions, weights: ChapterWeights): number[] {
  if (!episode || !Array.isArray(episode.turns)) throw new TypeError('autoChapters: expected an episode');
  const target = options.targetSeconds ?? 150;
  if (!(target > 0)) throw new TypeError(`autoChapters: targetSeconds must be positive, got ${String(options.targetSeconds)}`);
  const block = options.blockWords ?? 150;
  const turns = episode.turns;
  const duration = Math.max(episode.durationSeconds, turns.at(-1)?.end ?? 0);
  if (turns.length === 0 || duration <= 0) return [];
  const host = hostOf(episode);

  // Units are paragraphs: a chapter may begin inside a long answer.
  const units: { turn: number; start: number; first: boolean }[] = [];
  const unitOf = turns.map(() => [] as number[]);
  turns.forEach((turn, t) => {
    const paragraphs = turn.paragraphs.length > 0 ? turn.paragraphs : [{ start: turn.start }];
    paragraphs.forEach((p, i) => {
      unitOf[t]!.push(units.length);
      units.push({ turn: t, start: i === 0 ? turn.start : p.start, first: i === 0 });
    });
  });
  // Words as small integers (the episode's term numbers, single words renumbered densely), each unit's words in one list.
  const terms = analyzeEpisode(episode);
  const dense = new Int32Array(terms.keys.length).fill(-1);
  let vocabulary = 0;
  const unitWords: number[][] = units.map(() => []);
  for (let o = 0; o < terms.count; o++) {
    const k = terms.term[o]!;
    if (terms.keyWords[k] !== 1) continue;
    if (dense[k] === -1) dense[k] = vocabulary++;
    const turnUnits = unitOf[terms.turn[o]!]!;
    unitWords[turnUnits[terms.paragraph[o]!] ?? turnUnits[0]!]!.push(dense[k]!);
  }
  // Inverse document frequency over the episode's paragraphs: words said all through the talk weigh little.
  const weightOf = new Float64Array(vocabulary);
  const seen = new Int32Array(vocabulary).fill(-1);
  unitWords.forEach((words, u) => {
    for (const id of words) {
      if (seen[id] === u) continue;
      seen[id] = u;
      weightOf[id]!++;
    }
  });
  for (let id = 0; id < vocabulary; id++) weightOf[id] = Math.log((units.length + 1) / weightOf[id]!);
  // Sliding windows of about `block` words before and after each unit; the cosine is kept up to date word by word.
  const before = new Float64Array(vocabulary);
  const after = new Float64Array(vocabulary);
  let dot = 0;
  let nb = 0;
  let na = 0;
  const addBefore = (u: number, v: number) => {
    for (const id of unitWords[u]!) {
      const w = v * weightOf[id]!;
      const old = before[id]!;
      before[id] = old + w;
      nb += 2 * old * w + w * w;
      dot += w * after[id]!;
    }
  };
  const addAfter = (u: number, v: number) => {
    for (const id of unitWords[u]!) {
      const w = v * weightOf[id]!;
      const old = after[id]!;
      after[id] = old + w;
      na += 2 * old * w + w * w;
      dot += w * before[id]!;
    }
  };
  let beforeFrom = 0;
  let beforeCount = 0;
  let afterTo = 0;
  let afterCount = 0;
  const shifts = new Float64Array(units.length);
  for (let u = 1; u < units.length; u++) {
    addBefore(u - 1, 1);
    beforeCount += unitWords[u - 1]!.length;
    while (beforeFrom < u - 1 && beforeCount - unitWords[beforeFrom]!.length >= block) {
      addBefore(beforeFrom, -1);
      beforeCount -= unitWords[beforeFrom]!.length;
      beforeFrom++;
    }
    if (afterTo < u) afterTo = u;
    else {
      addAfter(u - 1, -1);
      afterCount -= unitWords[u - 1]!.length;
    }
    while (afterTo < units.length && afterCount < block) {
      addAfter(afterTo, 1);
      afterCount += unitWords[afterTo]!.length;
      afterTo++;
    }
    shifts[u] = na > 1e-9 && nb > 1e-9 ? 1 - dot / Math.sqrt(na * nb) : 1;
  }
  // Standardised within the episode, so that one weight fits talks of narrow and of wide vocabulary.
  standardise(shifts, 1);
  // TextTiling depth: how far a shift stands above the lowest points reached going down on each side.
  const depthAt = (u: number) => {
    let l = u;
    while (l > 1 && shifts[l - 1]! <= shifts[l]!) l--;
    let r = u;
    while (r + 1 < units.length && shifts[r + 1]! <= shifts[r]!) r++;
    return 2 * shifts[u]! - shifts[l]! - shifts[r]!;
  };
  const nextHost = new Float64Array(turns.length);
  let upcoming = duration;
  for (let t = turns.length - 1; t >= 0; t--) {
    nextHost[t] = upcoming;
    if (turns[t]!.speakerId === host) upcoming = turns[t]!.start;
  }

  const candidates: { start: number; score: number }[] = [];
  for (let u = 1; u < units.length; u++) {
    const unit = units[u]!;
    if (unit.start <= 0 || unit.start >= duration || unit.start <= units[u - 1]!.start) continue;
    const turn = turns[unit.turn]!;
    const isHost = turn.speakerId === host;
    const follow = nextHost[unit.turn]! - unit.start;
    let score = (weights.follow * Math.min(follow, 300)) / 100 + weights.shift * shifts[u]! + weights.cost;
    if (weights.depth) score += weights.depth * depthAt(u);
    if (!unit.first) score += weights.midTurn;
    else if (isHost) {
      if (turn.text.includes('?')) score += weights.question;
      if (weights.cue && hasTopicCue(turn.text)) score += weights.cue;
    }
    else score += weights.guest;
    const last = candidates.at(-1);
    if (last && last.start === unit.start) last.score = Math.max(last.score, score);
    else candidates.push({ start: unit.start, score });
  }

  const pos = [0, ...candidates.map((c) => c.start), duration];
  const gain = [0, ...candidates.map((c) => c.score), 0];
  const best = new Float64Array(pos.length).fill(-Infinity);
  const back = new Int32Array(pos.length).fill(-1);
  best[0] = 0;
  for (let j = 1; j < pos.length; j++) {
    for (let i = j - 1; i >= 0; i--) {
      const length = pos[j]! - pos[i]!;
      if (length > 4 * target) break;
      if (best[i] === -Infinity) continue;
      const v = best[i]! + gain[j]! - ((length - target) / target) ** 2;
      if (v > best[j]!) {
        best[j] = v;
        back[j] = i;
      }
    }
  }
  const starts: number[] = [];
  for (let j = back[pos.length - 1]!; j > 0; j = back[j]!) starts.push(pos[j]!);
  starts.push(0);
  starts.reverse();
  if (best[pos.length - 1] === -Infinity) starts.splice(1);
  return starts;
}

/** Turns `xs[from..]` into standard scores (0 mean, unit deviation) in place. */
function standardise(xs: Float64Array, from: number): void {
  const n = xs.length - from;
  if (n <= 0) return;
  let mean = 0;
  for (let i = from; i < xs.length; i++) mean += xs[i]!;
  mean /= n;
  let variance = 0;
  for (let i = from; i < xs.length; i++) variance += (xs[i]! - mean) ** 2;
  const sd = Math.sqrt(variance / n) || 1;
  for (let i = from; i < xs.length; i++) xs[i] = (xs[i]! - mean) / sd;
}
