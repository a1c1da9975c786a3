import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { speakerTopics } from '../flow/speaker-topics.js';
import type { TranscriptAnalysis } from './summarize-transcript.js';

/** What an app that draws one transcript needs beyond its summary, each speaker by name (after edits). */
export interface TranscriptDetail {
  /** The turns in order. */
  turns: { speaker: string; start: number; end: number; text: string }[];
  /** The speaker balance's sliding windows: each speaker's share of the talk in it, and who dominates it. */
  windows: { start: number; end: number; shares: Record<string, number>; dominant: string | null }[];
  /** Per speaker name, per topic id: that speaker's weight on the topic. */
  speakerTopics: Record<string, Record<string, number>>;
  /** Every taxonomy topic's own score above 0 (the summary keeps the best ten). */
  topicScores: Record<string, number>;
}

/** A transcript's analysis as an app shows it beside the summary: turns, balance windows and speaker topics by speaker name. */
export function transcriptDetail(
  analysis: TranscriptAnalysis,
  options: { taxonomy?: Taxonomy } = {},
): TranscriptDetail {
  const { episode, balance } = analysis;
  const nameOf = new Map(episode.speakers.map((s) => [s.id, s.name]));
  const name = (id: string) => nameOf.get(id) ?? id;
  return {
    turns: episode.turns.map((t) => ({ speaker: name(t.speakerId), start: t.start, end: t.end, text: t.text })),
    windows: balance.windows.map((w) => ({
      start: w.start,
      end: w.end,
      shares: Object.fromEntries(Object.entries(w.shares).map(([id, v]) => [name(id), v])),
      dominant: w.dominant === null ? null : name(w.dominant),
    })),
    speakerTopics: Object.fromEntries(
      speakerTopics(episode, { taxonomy: options.taxonomy }).map((s) => [
        s.name,
        Object.fromEntries(s.topics.map((t) => [t.id, t.score])),
      ]),
    ),
    topicScores: analysis.topicScores,
  };
}
