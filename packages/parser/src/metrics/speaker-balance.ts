import type { Episode, Role } from '../model.js';
import { countQuestions } from '../text/count-questions.js';

export interface SpeakerFigures {
  id: string;
  name: string;
  role: Role;
  talkSeconds: number;
  /** Of all talk time, 0..1. */
  talkShare: number;
  words: number;
  turns: number;
  averageMonologueSeconds: number;
  longestMonologueSeconds: number;
  /** Where the longest monologue is: its turn index and start second. */
  longestMonologue: { turn: number; start: number } | null;
  questions: number;
  wordsPerMinute: number;
}

export interface BalanceWindow {
  start: number;
  end: number;
  /** Talk seconds per speaker id within the window. */
  seconds: Record<string, number>;
  /** Share per speaker id of the talk within the window. */
  shares: Record<string, number>;
  /** Who talks most in the window; null where nobody talks. */
  dominant: string | null;
}

export interface SpeakerBalance {
  speakers: SpeakerFigures[];
  totalTalkSeconds: number;
  /** Speaker changes per 10 minutes. */
  interactivity: number;
  /** Share of the talk by hosts; null where no speaker is a host. */
  hostShare: number | null;
  windows: BalanceWindow[];
  windowSeconds: number;
  stepSeconds: number;
}

export interface SpeakerBalanceOptions {
  /** Sliding-window length; 150 s as ConvoKit's talk-time sharing uses. */
  windowSeconds?: number;
  stepSeconds?: number;
}

/** At most this many windows; longer spans get wider steps (the result says which). */
const MAX_WINDOWS = 20_000;

/** Who talks how much: the per-speaker and per-episode figures that the CLI and the dashboard both show. */
export function speakerBalance(episode: Episode, options: SpeakerBalanceOptions = {}): SpeakerBalance {
  let { windowSeconds = 150, stepSeconds = 30 } = options;
  if (!(windowSeconds > 0) || !(stepSeconds > 0))
    throw new RangeError(
      `speakerBalance: windowSeconds and stepSeconds must be positive (got ${windowSeconds}, ${stepSeconds})`,
    );
  const figures = new Map<string, SpeakerFigures>();
  for (const s of episode.speakers)
    figures.set(s.id, {
      id: s.id,
      name: s.name,
      role: s.role,
      talkSeconds: 0,
      talkShare: 0,
      words: 0,
      turns: 0,
      averageMonologueSeconds: 0,
      longestMonologueSeconds: 0,
      longestMonologue: null,
      questions: 0,
      wordsPerMinute: 0,
    });
  let switches = 0;
  episode.turns.forEach((t, i) => {
    const f = figures.get(t.speakerId);
    if (!f) return;
    f.talkSeconds += t.seconds;
    f.words += t.words;
    f.turns++;
    f.questions += countQuestions(t.text);
    if (t.seconds > f.longestMonologueSeconds) {
      f.longestMonologueSeconds = t.seconds;
      f.longestMonologue = { turn: i, start: t.start };
    }
    if (i > 0 && episode.turns[i - 1]!.speakerId !== t.speakerId) switches++;
  });
  const total = [...figures.values()].reduce((s, f) => s + f.talkSeconds, 0);
  for (const f of figures.values()) {
    f.talkShare = total > 0 ? f.talkSeconds / total : 0;
    f.averageMonologueSeconds = f.turns > 0 ? f.talkSeconds / f.turns : 0;
    const wpm = f.talkSeconds > 0 ? f.words / (f.talkSeconds / 60) : 0;
    // A talk time of a few denormal seconds (1e-320) gives an infinite pace; no pace is the honest figure.
    f.wordsPerMinute = Number.isFinite(wpm) ? wpm : 0;
  }
  const hosts = [...figures.values()].filter((f) => f.role === 'host');
  const span = episode.turns.reduce((m, t) => Math.max(m, t.end), Math.max(episode.durationSeconds, 0));
  // A transcript can claim any duration (`P99999999D`, a cue at hour 99999999): wider steps keep the windows few.
  if (span / stepSeconds > MAX_WINDOWS) {
    stepSeconds = span / MAX_WINDOWS;
    windowSeconds = Math.max(windowSeconds, stepSeconds);
  }

  const windows: BalanceWindow[] = [];
  // Speakers by number; each window sums into one array and writes its records once, speakers in order of first
  // talk in the window (keyed updates of a record per paragraph were most of this function's time).
  const idOf: string[] = [];
  const numberOf = new Map<string, number>();
  const paragraphs = episode.turns.flatMap((t) => {
    let n = numberOf.get(t.speakerId);
    if (n === undefined) {
      n = idOf.length;
      idOf.push(t.speakerId);
      numberOf.set(t.speakerId, n);
    }
    const speaker = n;
    return t.paragraphs.map((p) => ({ speaker, start: p.start, end: p.end }));
  });
  const sums = new Float64Array(idOf.length);
  let from = 0;
  for (let start = 0; start < span || (start === 0 && span > 0); start += stepSeconds) {
    // Near Number.MAX_VALUE a sum rounds to Infinity, which JSON cannot hold.
    const end = Math.min(start + windowSeconds, Number.MAX_VALUE);
    const order: number[] = [];
    while (from < paragraphs.length && paragraphs[from]!.end <= start) from++;
    for (let k = from; k < paragraphs.length && paragraphs[k]!.start < end; k++) {
      const p = paragraphs[k]!;
      const overlap = Math.min(end, p.end) - Math.max(start, p.start);
      if (overlap > 0) {
        if (!order.includes(p.speaker)) order.push(p.speaker);
        sums[p.speaker]! += overlap;
      }
    }
    let inWindow = 0;
    for (const n of order) inWindow += sums[n]!;
    const seconds: Record<string, number> = {};
    const shares: Record<string, number> = {};
    let dominant: string | null = null;
    let most = 0;
    for (const n of order) {
      const id = idOf[n]!;
      const v = sums[n]!;
      seconds[id] = v;
      shares[id] = inWindow > 0 ? v / inWindow : 0;
      if (dominant === null || v > most) {
        dominant = id;
        most = v;
      }
      sums[n] = 0;
    }
    windows.push({ start, end, seconds, shares, dominant });
    if (end >= span) break;
  }
  return {
    speakers: [...figures.values()].sort((a, b) => b.talkSeconds - a.talkSeconds),
    totalTalkSeconds: total,
    interactivity: span > 0 ? switches / (span / 600) : 0,
    hostShare: hosts.length > 0 && total > 0 ? hosts.reduce((s, f) => s + f.talkSeconds, 0) / total : null,
    windows,
    windowSeconds,
    stepSeconds,
  };
}
