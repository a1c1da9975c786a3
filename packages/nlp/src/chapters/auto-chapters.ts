import type { Chapter, Episode } from '@podlens/parser';
import type { CorpusStats } from '../corpus/build-corpus-stats.js';
import { keywords } from '../keywords/keywords.js';
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

  const words: Map<string, number>[] = turns.map(() => new Map());
  const sizes = new Int32Array(turns.length);
  for (const o of analyzeEpisode(episode).occurrences) {
    if (o.n !== 1) continue;
    const m = words[o.turn]!;
    m.set(o.key, (m.get(o.key) ?? 0) + 1);
    sizes[o.turn]!++;
  }
  const gather = (from: number, step: number) => {
    const m = new Map<string, number>();
    let count = 0;
    for (let k = from; k >= 0 && k < turns.length && count < block; k += step) {
      for (const [key, v] of words[k]!) m.set(key, (m.get(key) ?? 0) + v);
      count += sizes[k]!;
    }
    return m;
  };

  const candidates: { start: number; score: number }[] = [];
  for (let i = 1; i < turns.length; i++) {
    const turn = turns[i]!;
    if (turn.start <= 0 || turn.start >= duration) continue;
    const isHost = turn.speakerId === host;
    let j = i + 1;
    while (j < turns.length && turns[j]!.speakerId !== host) j++;
    const follow = (j < turns.length ? turns[j]!.start : duration) - turn.start;
    const shift = cosineDistance(gather(i - 1, -1), gather(i, 1));
    const score = (turn.text.includes('?') ? 2 : 0) + Math.min(follow, 300) / 100 + 2 * shift - (isHost ? 0 : 2) - 4;
    const last = candidates.at(-1);
    if (last && last.start === turn.start) last.score = Math.max(last.score, score);
    else candidates.push({ start: turn.start, score });
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

  return starts.map((start, c) => {
    const end = starts[c + 1] ?? duration;
    const top = keywords({ episode, start, end }, { stats: options.stats, limit: 3, minCount: 1 });
    return { title: top.map((k) => k.term).join(', ') || `Part ${c + 1}`, start, end, origin: 'auto' as const };
  });
}
