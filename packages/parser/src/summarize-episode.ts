import type { Diagnostic, ParseResult } from './model.js';
import { speakerBalance, type SpeakerBalance } from './metrics/speaker-balance.js';

/** The per-episode JSON contract of `podlens analyze`: add fields freely, never rename these. */
export interface EpisodeSummary {
  source: string;
  format: string;
  title: string | null;
  date: string | null;
  season: number | null;
  episode: number | null;
  tags: string[];
  guests: string[];
  durationSeconds: number;
  timing: 'measured' | 'estimated';
  speakers: {
    id: string;
    name: string;
    role: string;
    roleSource: string;
    /** The label says which voice, not who (`SPEAKER_00`); see the `parser:speaker-name` diagnostics. */
    generic: boolean;
    talkSeconds: number;
    talkShare: number;
    words: number;
    turns: number;
    averageMonologueSeconds: number;
    longestMonologueSeconds: number;
    questions: number;
    wordsPerMinute: number;
  }[];
  interactivity: number;
  hostShare: number | null;
  chapters: { title: string; start: number; end: number; origin: 'transcript' | 'auto' }[];
  keywords: { term: string; score: number }[];
  topics: { id: string; label: string; score: number }[];
  topicFlow: { binSeconds: number; bins: { start: number; end: number; scores: Record<string, number> }[] };
  /** Share of the episode's content words in the taxonomy's terms, and whether that is low (filled in by @podlens/nlp). */
  topicCoverage: { share: number; low: boolean } | null;
  diagnostics: {
    severity: Diagnostic['severity'];
    origin: string;
    message: string;
    line: number | null;
    suggestion?: { speaker: string; name: string };
  }[];
}

// Past 1e292, `x * 10 ** d` overflows to Infinity; such numbers have no fraction to round anyway.
const round = (x: number, d = 2) => (Number.isFinite(x * 10 ** d) ? Math.round(x * 10 ** d) / 10 ** d : x);

export interface SummarizeEpisodeOptions {
  source: string;
  /** `speakerBalance(result.episode)`, where the caller has it already (so that it is computed once). */
  balance?: SpeakerBalance;
}

/** The figures of one parsed episode, in the shape the CLI prints and the dashboard reads. */
export function summarizeEpisode(
  result: ParseResult,
  { source, balance = speakerBalance(result.episode) }: SummarizeEpisodeOptions,
): EpisodeSummary {
  const { episode, diagnostics } = result;
  return {
    source,
    format: episode.format,
    title: episode.meta.title ?? null,
    date: episode.meta.date ?? null,
    season: episode.meta.season ?? null,
    episode: episode.meta.episode ?? null,
    tags: episode.meta.tags,
    guests: episode.meta.guestNames.length > 0 ? episode.meta.guestNames : episode.meta.guests,
    durationSeconds: round(episode.durationSeconds),
    timing: episode.timing,
    speakers: balance.speakers.map((s) => ({
      id: s.id,
      name: s.name,
      role: s.role,
      roleSource: episode.speakers.find((x) => x.id === s.id)?.roleSource ?? 'inferred',
      generic: episode.speakers.find((x) => x.id === s.id)?.generic === true,
      talkSeconds: round(s.talkSeconds),
      talkShare: round(s.talkShare, 4),
      words: s.words,
      turns: s.turns,
      averageMonologueSeconds: round(s.averageMonologueSeconds),
      longestMonologueSeconds: round(s.longestMonologueSeconds),
      questions: s.questions,
      wordsPerMinute: round(s.wordsPerMinute, 1),
    })),
    interactivity: round(balance.interactivity),
    hostShare: balance.hostShare === null ? null : round(balance.hostShare, 4),
    chapters: episode.chapters.map((c) => ({
      title: c.title,
      start: round(c.start),
      end: round(c.end),
      origin: c.origin === 'auto' ? 'auto' : 'transcript',
    })),
    keywords: [],
    topics: [],
    topicFlow: { binSeconds: 0, bins: [] },
    topicCoverage: null,
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity,
      origin: d.origin,
      message: d.message,
      line: d.position?.start.line ?? null,
      ...(d.suggestion ? { suggestion: { ...d.suggestion } } : {}),
    })),
  };
}
