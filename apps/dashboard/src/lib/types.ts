/** Shapes the server sends to the browser. Figures come from @podlens/parser and @podlens/nlp unchanged. */

import type { EpisodeSummary } from '@podlens/parser';

/** The CLI JSON contract, one per episode, as `summarizeEpisode` returns it (filled by @podlens/nlp). */
export type { EpisodeSummary };
export type SpeakerSummary = EpisodeSummary['speakers'][number];
export type ChapterSummary = EpisodeSummary['chapters'][number];
export type DiagnosticSummary = EpisodeSummary['diagnostics'][number];

/** A turn as drawn on the track and in the reader. */
export interface TurnView {
  speaker: string;
  start: number;
  end: number;
  text: string;
}

/** One sliding window of the balance over time: each speaker's share of the talk in it. */
export interface BalanceWindow {
  start: number;
  end: number;
  shares: Record<string, number>;
  dominant: string | null;
}

/** The parts of an episode's summary that only its own page shows: kept with its detail, not in memory for every episode. */
export type SummaryDetail = Pick<EpisodeSummary, 'topicFlow' | 'chapters'>;
/** An episode's summary as kept in memory for every episode: all of it but its `SummaryDetail`. */
export type LibrarySummary = Omit<EpisodeSummary, keyof SummaryDetail>;

/** Everything the server keeps in memory for one analyzed episode: what the library, its charts and the people read. */
export interface AnalyzedEpisode {
  id: string;
  file: string;
  alternates: string[];
  summary: LibrarySummary;
  hostShare: number | null;
  interactivity: number | null;
  /** Per speaker name, per topic id: that speaker's weight on the topic. */
  speakerTopics: Record<string, Record<string, number>>;
  /** Every taxonomy topic's own score (the summary keeps the best ten), for the top-level and branch views. */
  topicScores?: Record<string, number>;
}

/** What one episode's page draws beyond its library summary (read from the database when asked, not kept for every episode). */
export interface EpisodeDetail {
  summary: SummaryDetail;
  windows: BalanceWindow[];
  turns: TurnView[];
}

export interface FailedFile {
  file: string;
  reason: string;
}

/** A row of the library table. */
export interface LibraryRow {
  id: string;
  file: string;
  format: string;
  title: string;
  date: string | null;
  durationSeconds: number;
  speakers: { name: string; role: string; talkShare: number }[];
  hostShare: number | null;
  topTopics: { id: string; label: string }[];
  warnings: number;
}
