import type { Episode } from '@podlens/parser';
import { indexTerms } from '../text/index-terms.js';
import { chapterCohesion } from './chapter-cohesion.js';
import { cuePattern, cueSource, topicCuePhrases } from './topic-cue.js';

/** A place where a chapter may begin (the start of a paragraph), with what the boundary scores read. */
export interface ChapterCandidate {
  start: number;
  /** Seconds of the answer that the unit's turn opens, until the host speaks again. */
  follow: number;
  /** Seconds since the host's turn before the unit's turn began (the answer the unit closes). */
  precede: number;
  /** Words of the unit's turn. */
  words: number;
  /** Standardised lexical shift across the unit (see `ChapterWeights.shift`). */
  shift: number;
  /** Share (by IDF) of the unit's words not said in the window before it: 0 to 1. */
  novelty: number;
  /** TextTiling depth of the shift. */
  depth: number;
  /**
   * Standardised lead: the IDF mass of the unit's words that are not said in the window before it and are said
   * again in the window after it (a host who brings up a subject names it, and the answer takes it up).
   */
  lead: number;
  /** The unit opens its turn. */
  first: boolean;
  host: boolean;
  /** A host's turn with a question mark. */
  question: boolean;
  /** Indices (into the phrase list given to `chapterFeatures`) of the cue phrases a host's turn holds. */
  cues: number[];
}

export interface ChapterFeatures {
  /** 0 for an episode with no turns or no length. */
  duration: number;
  /** When the first turn starts, in seconds (0 for an episode with no turns). */
  speechStart: number;
  /** In time order; several may share a start (paragraphs of no length). */
  candidates: ChapterCandidate[];
  /**
   * Lexical cost of each possible chapter (Utiyama and Isahara 2001: the code length of its words under its own
   * Laplace-smoothed word distribution, in nats per word of an average chapter): `cohesion[j][j - 1 - i]` is the
   * cost of the chapter from the i-th to the j-th of the positions [0, the distinct candidate starts, duration],
   * for chapters of up to `MAX_SPAN` seconds.
   */
  cohesion: Float64Array[];
}

/** The longest chapter whose lexical cost is kept, in seconds. */
export const MAX_SPAN = 720;

const compiled = new WeakMap<readonly string[], { any: RegExp; each: RegExp[] }>();
function patternsOf(phrases: readonly string[]): { any: RegExp; each: RegExp[] } {
  let p = compiled.get(phrases);
  if (!p) {
    const each = phrases.map(cuePattern);
    const any = phrases.length ? new RegExp(`\\b(?:${phrases.map(cueSource).join('|')})\\b`, 'i') : /(?!)/;
    compiled.set(phrases, (p = { any, each }));
  }
  return p;
}

/** The host: the speaker who asks the most questions, else the one marked host. */
export function interviewerId(episode: Episode): string | undefined {
  const questions = new Map<string, number>();
  for (const t of episode.turns)
    if (t.text.includes('?')) questions.set(t.speakerId, (questions.get(t.speakerId) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, n] of questions) if (best === undefined || n > questions.get(best)!) best = id;
  return best ?? episode.speakers.find((s) => s.role === 'host')?.id;
}

/**
 * What the boundary scores of `autoChapters` read at each paragraph start of an episode: computed once per
 * episode and block size, so that weights and cue phrases can be tried (and cross-validated) cheaply.
 */
export function chapterFeatures(
  episode: Episode,
  options: { blockWords?: number; cohesion?: boolean } = {},
  phrases: readonly string[] = topicCuePhrases,
): ChapterFeatures {
  if (!episode || !Array.isArray(episode.turns)) throw new TypeError('autoChapters: expected an episode');
  const block = options.blockWords ?? 150;
  const turns = episode.turns;
  const duration = Math.max(episode.durationSeconds, turns.at(-1)?.end ?? 0);
  if (turns.length === 0 || duration <= 0) return { duration: 0, speechStart: 0, candidates: [], cohesion: [] };
  const host = interviewerId(episode);
  const { any, each } = patternsOf(phrases);

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
  const terms = indexTerms(episode);
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
  const novelty = new Float64Array(units.length);
  const lead = new Float64Array(units.length);
  const own = new Float64Array(vocabulary);
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
    // The unit's own words not said in the window before it, weighted by IDF: a new subject brings new words.
    let fresh = 0;
    let total = 0;
    for (const id of unitWords[u]!) {
      total += weightOf[id]!;
      if (before[id]! < 1e-9) fresh += weightOf[id]!;
    }
    novelty[u] = total > 0 ? fresh / total : 0;
    // The after window holds the unit itself: what it says again is what is left beside its own words.
    for (const id of unitWords[u]!) own[id]! += weightOf[id]!;
    let taken = 0;
    for (const id of unitWords[u]!) {
      if (own[id]! > 0 && before[id]! < 1e-9 && after[id]! - own[id]! > 1e-9) taken += weightOf[id]!;
    }
    for (const id of unitWords[u]!) own[id] = 0;
    lead[u] = taken;
  }
  // Standardised within the episode, so that one weight fits talks of narrow and of wide vocabulary.
  standardise(shifts, 1);
  standardise(lead, 1);
  // TextTiling depth: how far a shift stands above the lowest points reached going down on each side.
  // The valley bottoms on each side of every unit in two linear passes (walking down from each unit is quadratic
  // on long monotone runs): the walk from u goes on as the walk from its neighbour where it steps there.
  const left = new Int32Array(units.length);
  const right = new Int32Array(units.length);
  for (let u = 1; u < units.length; u++) left[u] = u > 1 && shifts[u - 1]! <= shifts[u]! ? left[u - 1]! : u;
  right[units.length - 1] = units.length - 1;
  for (let u = units.length - 2; u >= 1; u--) right[u] = shifts[u + 1]! <= shifts[u]! ? right[u + 1]! : u;
  const depthAt = (u: number) => 2 * shifts[u]! - shifts[left[u]!]! - shifts[right[u]!]!;
  const nextHost = new Float64Array(turns.length);
  let upcoming = duration;
  for (let t = turns.length - 1; t >= 0; t--) {
    nextHost[t] = upcoming;
    if (turns[t]!.speakerId === host) upcoming = turns[t]!.start;
  }

  const lastHost = new Float64Array(turns.length);
  let previous = 0;
  for (let t = 0; t < turns.length; t++) {
    lastHost[t] = previous;
    if (turns[t]!.speakerId === host) previous = turns[t]!.start;
  }

  const candidates: ChapterCandidate[] = [];
  for (let u = 1; u < units.length; u++) {
    const unit = units[u]!;
    if (unit.start <= 0 || unit.start >= duration || unit.start <= units[u - 1]!.start) continue;
    const turn = turns[unit.turn]!;
    const isHost = turn.speakerId === host;
    const cues: number[] = [];
    // One pattern of all the phrases first: most host turns hold none, and 40 patterns per turn cost a third of the time.
    if (unit.first && isHost && any.test(turn.text)) each.forEach((p, i) => p.test(turn.text) && cues.push(i));
    candidates.push({
      start: unit.start,
      follow: nextHost[unit.turn]! - unit.start,
      precede: unit.start - lastHost[unit.turn]!,
      words: turn.words ?? 0,
      shift: shifts[u]!,
      novelty: novelty[u]!,
      depth: depthAt(u),
      lead: lead[u]!,
      first: unit.first,
      host: isHost,
      question: unit.first && isHost && turn.text.includes('?'),
      cues,
    });
  }
  return {
    duration,
    speechStart: Math.max(0, Math.min(duration, turns[0]!.start)),
    candidates,
    cohesion: options.cohesion === false ? [] : cohesionOf(units, unitWords, vocabulary, candidates, duration),
  };
}

function cohesionOf(
  units: readonly { start: number }[],
  unitWords: readonly number[][],
  vocabulary: number,
  candidates: readonly ChapterCandidate[],
  duration: number,
): Float64Array[] {
  const positions = [0];
  for (const c of candidates) if (c.start > positions.at(-1)!) positions.push(c.start);
  positions.push(duration);
  // The words of each stretch between consecutive positions.
  const words: number[][] = positions.map(() => []);
  let k = 0;
  let total = 0;
  for (const [u, unit] of units.entries()) {
    while (k + 1 < positions.length - 1 && positions[k + 1]! <= unit.start) k++;
    for (const id of unitWords[u]!) words[k]!.push(id);
    total += unitWords[u]!.length;
  }
  return chapterCohesion({ positions, words, vocabulary, perChapter: (total * 150) / duration, maxSpan: MAX_SPAN });
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
