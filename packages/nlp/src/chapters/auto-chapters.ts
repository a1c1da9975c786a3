import type { Chapter, Episode } from '@podlens/parser';
import type { CorpusStats } from '../corpus/build-corpus-stats.js';
import { rankKeywords } from '../keywords/keywords.js';
import type { TermOccurrence } from '../text/analyze-episode.js';
import { analyzeEpisode } from '../text/analyze-episode.js';

export interface AutoChaptersOptions {
  /** The chapter length to aim at, in seconds; default 150. */
  targetSeconds?: number;
  /** Corpus statistics for the chapter titles' keywords. */
  stats?: CorpusStats;
  /** Words of context on each side when comparing vocabulary; default 250. */
  blockWords?: number;
}

export interface AutoChapter extends Chapter {
  origin: 'auto';
}

function cosineDistance(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? 1 - dot / Math.sqrt(na * nb) : 1;
}

function hostOf(episode: Episode): string | undefined {
  const questions = new Map<string, number>();
  for (const t of episode.turns) if (t.text.includes('?')) questions.set(t.speakerId, (questions.get(t.speakerId) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, n] of questions) if (best === undefined || n > questions.get(best)!) best = id;
  return best ?? episode.speakers.find((s) => s.role === 'host')?.id;
}

/**
 * Splits an episode into topical chapters without looking at its headings. Candidate boundaries are
 * turn starts, scored by how the interview moves on (a host's question, the length of the answer it
 * opens, the change of vocabulary across it); dynamic programming picks the set that balances those
 * scores against chapters of about `targetSeconds`. Each chapter is titled by its top phrases.
 */
export function autoChapters(episode: Episode, options: AutoChaptersOptions = {}): AutoChapter[] {
  if (!episode || !Array.isArray(episode.turns)) throw new TypeError('autoChapters: expected an episode');
  const target = options.targetSeconds ?? 150;
  if (!(target > 0)) throw new TypeError(`autoChapters: targetSeconds must be positive, got ${String(options.targetSeconds)}`);
  const block = options.blockWords ?? 250;
  const turns = episode.turns;
  const duration = Math.max(episode.durationSeconds, turns.at(-1)?.end ?? 0);
  if (turns.length === 0 || duration <= 0) return [];
  const host = hostOf(episode);
  const midTurnPenalty = 3;

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
  const words: Map<string, number>[] = units.map(() => new Map());
  const sizes = new Int32Array(units.length);
  for (const o of analyzeEpisode(episode).occurrences) {
    if (o.n !== 1) continue;
    const u = unitOf[o.turn]![o.paragraph] ?? unitOf[o.turn]![0]!;
    const m = words[u]!;
    m.set(o.key, (m.get(o.key) ?? 0) + 1);
    sizes[u]!++;
  }
  // Sliding windows of about `block` words before and after each unit.
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  const add = (m: Map<string, number>, u: number, sign: number) => {
    for (const [key, v] of words[u]!) {
      const next = (m.get(key) ?? 0) + sign * v;
      if (next) m.set(key, next);
      else m.delete(key);
    }
  };
  let beforeFrom = 0;
  let beforeCount = 0;
  let afterTo = 0;
  let afterCount = 0;
  const shiftAt = (u: number) => {
    add(before, u - 1, 1);
    beforeCount += sizes[u - 1]!;
    while (beforeFrom < u - 1 && beforeCount - sizes[beforeFrom]! >= block) {
      add(before, beforeFrom, -1);
      beforeCount -= sizes[beforeFrom]!;
      beforeFrom++;
    }
    if (afterTo < u) afterTo = u;
    else if (u - 1 < afterTo) {
      add(after, u - 1, -1);
      afterCount -= sizes[u - 1]!;
    }
    while (afterTo < units.length && afterCount < block) {
      add(after, afterTo, 1);
      afterCount += sizes[afterTo]!;
      afterTo++;
    }
    return cosineDistance(before, after);
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
    const shift = shiftAt(u);
    if (unit.start <= 0 || unit.start >= duration || unit.start <= units[u - 1]!.start) continue;
    const turn = turns[unit.turn]!;
    const isHost = turn.speakerId === host;
    const follow = nextHost[unit.turn]! - unit.start;
    let score = Math.min(follow, 300) / 100 + 2 * shift - 4;
    if (!unit.first) score -= midTurnPenalty;
    else if (isHost) score += turn.text.includes('?') ? 2 : 0;
    else score -= 2;
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

  const { occurrences, nameKeys } = analyzeEpisode(episode);
  const byChapter: TermOccurrence[][] = starts.map(() => []);
  for (const o of occurrences) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o.time) lo = mid;
      else hi = mid - 1;
    }
    byChapter[lo]!.push(o);
  }
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? duration;
    const top = rankKeywords(byChapter[i]!, { nameKeys, stats: options.stats, limit: 3, minCount: 1 });
    return { title: top.map((k) => k.term).join(', ') || `Part ${i + 1}`, start, end, origin: 'auto' as const };
  });
}
