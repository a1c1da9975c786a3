import type { EpisodeSummary, ParseResult } from '@podlens/parser';
import { UNITS_PER_EPISODE } from './open-archive.js';
import { searchKeyText } from './search-keys.js';

/** What the archive reads of an episode's summary: its title, date, format, speaker figures and topics. */
export type RecordSummary = Pick<EpisodeSummary, 'title' | 'date' | 'format' | 'speakers' | 'topics'>;

/**
 * Everything the archive writes of one episode, as plain data (columns of numbers and strings), so that the thread
 * that parsed and analyzed the episode can make it and hand it over: a worker's structured clone, no parse again.
 * The units are the episode's paragraphs in order (at most UNITS_PER_EPISODE), each with its search keys as the
 * text the FTS index holds ('' where it has none).
 */
export interface ArchiveRecord {
  title: string | null;
  date: string | null;
  format: string;
  words: number;
  duration: number;
  units: {
    turn: number[];
    paragraph: number[];
    speakerId: string[];
    role: string[];
    start: number[];
    text: string[];
    words: number[];
    keys: string[];
  };
  /** Words spoken per role, in the order the roles first speak. */
  wordsByRole: [role: string, words: number][];
  /** The episode's speakers that have figures in the summary, in the episode's order. */
  speakers: {
    speakerId: string;
    name: string;
    fullName: string | null;
    role: string;
    talkSeconds: number;
    talkShare: number;
    words: number;
    turns: number;
    longestMonologue: number;
  }[];
  topics: { id: string; label: string; score: number }[];
}

/** The archive's record of a parsed episode and its summary (the one place units and their search keys are made). */
export function archiveRecord(result: Pick<ParseResult, 'episode'>, summary: RecordSummary): ArchiveRecord {
  const { episode } = result;
  const units: ArchiveRecord['units'] = {
    turn: [],
    paragraph: [],
    speakerId: [],
    role: [],
    start: [],
    text: [],
    words: [],
    keys: [],
  };
  const roles = new Map(episode.speakers.map((s) => [s.id, s.role as string]));
  const wordsByRole = new Map<string, number>();
  let count = 0;
  episode.turns.forEach((turn, t) => {
    turn.paragraphs.forEach((p, i) => {
      // An episode of more than a million units keeps the first million searchable.
      if (count >= UNITS_PER_EPISODE) return;
      count++;
      const role = roles.get(turn.speakerId) ?? 'unknown';
      units.turn.push(t);
      units.paragraph.push(i);
      units.speakerId.push(turn.speakerId);
      units.role.push(role);
      units.start.push(p.start);
      units.text.push(p.text);
      units.words.push(p.words);
      units.keys.push(searchKeyText(p.text));
      wordsByRole.set(role, (wordsByRole.get(role) ?? 0) + p.words);
    });
  });
  const figures = new Map(summary.speakers.map((s) => [s.id, s]));
  const speakers: ArchiveRecord['speakers'] = [];
  for (const s of episode.speakers) {
    const f = figures.get(s.id);
    if (!f) continue;
    speakers.push({
      speakerId: s.id,
      name: s.name,
      fullName: s.fullName ?? null,
      role: s.role,
      talkSeconds: f.talkSeconds,
      talkShare: f.talkShare,
      words: f.words,
      turns: f.turns,
      longestMonologue: f.longestMonologueSeconds,
    });
  }
  return {
    title: summary.title,
    date: summary.date,
    format: summary.format,
    words: episode.turns.reduce((s, t) => s + t.words, 0),
    duration: episode.durationSeconds,
    units,
    wordsByRole: [...wordsByRole],
    speakers,
    topics: summary.topics.map((t) => ({ id: t.id, label: t.label, score: t.score })),
  };
}
