/**
 * The one module that calls @podlens/parser and @podlens/nlp. Everything else in the app reads what it returns,
 * so adjusting to the packages' API is an edit here only.
 */
import type { Episode, ParseResult } from '@podlens/parser';
import { readPeople, readTranscriptBytes } from '@podlens/parser/node';
import { readTranscript, speakerTopics, summarizeTranscript } from '@podlens/nlp';
import { fileURLToPath } from 'node:url';
import type { AnalyzedEpisode } from '../types.js';
import type { SpeakerEdits } from './speaker-edits.js';
import { analysisVersion } from './analysis-version.js';

/**
 * Part of every cache key: a hash of this module's code (as built) and of the built @podlens/parser and
 * @podlens/nlp, so that any change to the analysis code, and nothing else, makes every figure be computed again.
 */
export const ANALYSIS_VERSION = `analysis-${analysisVersion([fileURLToPath(import.meta.url)], ['@podlens/parser', '@podlens/nlp'])}`;

export type AnalyzedCore = Omit<AnalyzedEpisode, 'id' | 'file' | 'alternates'>;

export interface AnalyzeInput {
  bytes: Uint8Array;
  fileName: string;
  edits: SpeakerEdits;
  /** Display names by person id, from the corpus's people/ folder. */
  people?: Record<string, string>;
  /** A YouTube-style chapter list for this episode, used where the transcript has no chapters. */
  chapterList?: string;
}

export { readPeople };

/**
 * The pipeline's first steps on the bytes: read as the library reads files (a Word document's paragraphs, else the
 * decoded text), parsed, the saved renames and merges applied, a chapter list merged in.
 */
async function readBytes(input: Omit<AnalyzeInput, 'edits'> & { edits?: SpeakerEdits }): Promise<ParseResult> {
  const { text, diagnostic } = await readTranscriptBytes(input.bytes, input.fileName);
  return readTranscript(text, {
    fileName: input.fileName,
    people: input.people,
    decoding: diagnostic,
    edits: input.edits,
    chapterList: input.chapterList,
  });
}

export async function readEpisode(input: Omit<AnalyzeInput, 'edits'> & { edits?: SpeakerEdits }): Promise<ParseResult> {
  return readBytes(input);
}

function refuseWithoutTurns(episode: Episode): void {
  if (episode.turns.length === 0) {
    throw new Error(
      episode.format === 'chapters' ? 'a chapter list, not a transcript' : `no turns found (read as ${episode.format})`,
    );
  }
}

/** The quick check an upload gets before it is saved: it parses, and has turns. The full analysis follows in the store. */
export async function checkTranscript(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ title: string | null; format: string; speakers: number }> {
  const { episode } = await readBytes({ bytes, fileName });
  refuseWithoutTurns(episode);
  return { title: episode.meta.title ?? null, format: episode.format, speakers: episode.speakers.length };
}

/** The speaker names as parsed (before any edit): the labels that speaker edits are keyed on. */
export async function speakerLabels(
  bytes: Uint8Array,
  fileName: string,
  people?: Record<string, string>,
): Promise<string[]> {
  return (await readBytes({ bytes, fileName, people })).episode.speakers.map((s) => s.name);
}

/** Parses and analyzes one transcript; throws with a readable reason when it is in no known format or has no turns. */
export async function analyzeText(input: AnalyzeInput): Promise<AnalyzedCore> {
  const parsed = await readBytes(input);
  refuseWithoutTurns(parsed.episode);
  // As the CLI fills its JSON (with --auto-chapters). Keywords are weighed against nlp's built-in background
  // model, as `podlens analyze <one file>` prints them, so an episode's figures do not move when others are added.
  const { episode, balance, summary, topicScores } = summarizeTranscript(parsed, {
    source: input.fileName,
    autoChapters: true,
  });
  const nameOf = new Map(episode.speakers.map((s) => [s.id, s.name]));
  const byName = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).map(([id, v]) => [nameOf.get(id) ?? id, v]));
  return {
    summary,
    hostShare: summary.hostShare,
    interactivity: summary.interactivity,
    windows: balance.windows.map((w) => ({
      start: w.start,
      end: w.end,
      shares: byName(w.shares),
      dominant: w.dominant === null ? null : (nameOf.get(w.dominant) ?? w.dominant),
    })),
    turns: episode.turns.map((t) => ({
      speaker: nameOf.get(t.speakerId) ?? t.speakerId,
      start: t.start,
      end: t.end,
      text: t.text,
    })),
    speakerTopics: Object.fromEntries(
      speakerTopics(episode).map((s) => [s.name, Object.fromEntries(s.topics.map((t) => [t.id, t.score]))]),
    ),
    topicScores,
  };
}
