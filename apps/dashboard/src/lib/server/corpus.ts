/**
 * The one module that calls @podlens/parser and @podlens/nlp. Everything else in the app reads what it returns,
 * so adjusting to the packages' API is an edit here only.
 */
import type { Episode, EpisodeSummary, ParseResult } from '@podlens/parser';
import { readPeople, readTranscriptBytes } from '@podlens/parser/node';
import { readTranscript, type TranscriptDetail } from '@podlens/nlp';
import { analyzeFiles } from '@podlens/nlp/node';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AnalyzedEpisode, EpisodeDetail, LibrarySummary, SummaryDetail } from '../types.js';
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
  if (episode.turns.length === 0) throw new Error(refusal(episode.format));
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

/** One file to analyze: its path, the name its summary gives as source, and what its reading is given. */
export interface AnalyzeJob {
  abs: string;
  fileName: string;
  edits: SpeakerEdits;
  chapterList?: string;
}

/** A file's analysis: the figures kept in memory, and its `EpisodeDetail` as JSON text for the database; or why it failed. */
export type AnalyzeOutcome = { ok: true; core: AnalyzedCore; detail: string } | { ok: false; reason: string };

/** The worker threads the first analysis of a folder runs on: one per core. */
export const ANALYZE_JOBS = Math.max(1, availableParallelism());

/** A file that parses but has no turns is no episode of the library. */
function refusal(format: string): string {
  return format === 'chapters' ? 'a chapter list, not a transcript' : `no turns found (read as ${format})`;
}

/**
 * Analyzes files on nlp's pipeline (`analyzeFiles`, the CLI's worker pool), as the CLI fills its JSON with
 * --auto-chapters. Keywords are weighed against nlp's built-in background model (stats 'background'), as
 * `podlens analyze <one file>` prints them, so an episode's figures do not move when others are added. Yields each
 * job with its outcome, in order; `onProgress` is called as each file is done.
 */
export async function* analyzeEpisodes(
  jobs: readonly AnalyzeJob[],
  options: { people?: Record<string, string>; onProgress?: (done: number, total: number) => void; jobs?: number } = {},
): AsyncGenerator<{ job: AnalyzeJob; outcome: AnalyzeOutcome }> {
  let i = 0;
  for await (const { outcome, detail } of analyzeFiles(
    jobs.map((j) => ({ file: j.abs, source: j.fileName, edits: j.edits, chapterList: j.chapterList })),
    {
      jobs: options.jobs ?? ANALYZE_JOBS,
      topics: 'taxonomy',
      stats: 'background',
      detail: true,
      settings: { people: options.people, autoChapters: true },
      onProgress: ({ done, total }) => options.onProgress?.(done, total),
    },
  )) {
    const job = jobs[i++]!;
    if (!outcome.ok) {
      yield { job, outcome };
      continue;
    }
    const { topicFlow, chapters, ...summary } = outcome.value;
    const { turns, speakerTopics, topicScores } = JSON.parse(detail ?? '{"turns":[]}') as TranscriptDetail;
    if (detail === undefined || turns.length === 0) {
      yield { job, outcome: { ok: false, reason: refusal(summary.format) } };
      continue;
    }
    yield {
      job,
      outcome: {
        ok: true,
        core: {
          summary,
          hostShare: summary.hostShare,
          interactivity: summary.interactivity,
          speakerTopics,
          topicScores,
        },
        // nlp's detail as it came (its turns and windows are what EpisodeDetail keeps), beside the summary's rest.
        detail: `{"summary":${JSON.stringify({ topicFlow, chapters })},"transcript":${detail}}`,
      },
    };
  }
}

/** The `EpisodeDetail` of an analysis's detail text (as analyzeEpisodes gives it and the database keeps it). */
export function episodeDetail(text: string): EpisodeDetail {
  const { summary, transcript } = JSON.parse(text) as { summary: SummaryDetail; transcript: TranscriptDetail };
  return { summary, turns: transcript.turns, windows: transcript.windows };
}

/** An episode's whole summary (the CLI JSON contract): what the library keeps with the rest its detail holds. */
export function fullSummary(summary: LibrarySummary, detail: EpisodeDetail): EpisodeSummary {
  return { ...summary, ...detail.summary };
}
