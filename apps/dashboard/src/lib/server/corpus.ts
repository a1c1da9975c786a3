/**
 * The one module that calls @podlens/parser and @podlens/nlp. Everything else in the app reads what it returns,
 * so adjusting to the packages' API is an edit here only.
 */
import type { Episode, EpisodeSummary, ParseResult } from '@podlens/parser';
import { readPeople, readTranscriptBytes } from '@podlens/parser/node';
import { readTranscript, type TranscriptDetail } from '@podlens/nlp';
import { analyzeFiles } from '@podlens/nlp/node';
import { ARCHIVE_RECORD_MODULE, type ArchiveRecord } from '@podlens/archive';
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

/**
 * A file's analysis: the figures kept in memory; the rest of its summary (`SummaryDetail`) and nlp's
 * `TranscriptDetail` as JSON texts for the database; with `index`, its archive record (made on the worker thread
 * that parsed it, for the search index). Or why it failed.
 */
export type AnalyzeOutcome =
  | { ok: true; core: AnalyzedCore; texts?: { rest: string; detail: string }; record?: ArchiveRecord }
  | { ok: false; reason: string };

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
 *
 * `library: true` makes only what the library keeps in memory (`core`: no auto-chapters, no texts, no record), the
 * first pass of a folder's first analysis, so that the library answers at about the CLI's cost per file; the texts
 * and records follow in a second pass (store.ts). The core is the same either way: auto-chapters add only chapters,
 * and those are in the summary's rest.
 */
export async function* analyzeEpisodes(
  jobs: readonly AnalyzeJob[],
  options: {
    people?: Record<string, string>;
    onProgress?: (done: number, total: number) => void;
    jobs?: number;
    /** Also make each file's archive record (`ArchiveRecord`) on the thread that analyzed it. */
    index?: boolean;
    /** Only the core (see above). */
    library?: boolean;
  } = {},
): AsyncGenerator<{ job: AnalyzeJob; outcome: AnalyzeOutcome }> {
  let i = 0;
  for await (const { outcome, detail, figures, extra } of analyzeFiles(
    jobs.map((j) => ({ file: j.abs, source: j.fileName, edits: j.edits, chapterList: j.chapterList })),
    {
      jobs: options.jobs ?? ANALYZE_JOBS,
      topics: 'taxonomy',
      stats: 'background',
      detail: true,
      ...(options.index && !options.library ? { extra: ARCHIVE_RECORD_MODULE } : {}),
      settings: { people: options.people, autoChapters: !options.library },
      onProgress: ({ done, total }) => options.onProgress?.(done, total),
    },
  )) {
    const job = jobs[i++]!;
    if (!outcome.ok) {
      yield { job, outcome };
      continue;
    }
    const { topicFlow, chapters, ...summary } = outcome.value;
    // nlp hands the detail's light figures beside its text: the text (every turn) is stored, never parsed here.
    if (detail === undefined || figures === undefined || figures.turns === 0) {
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
          speakerTopics: figures.speakerTopics,
          topicScores: figures.topicScores,
        },
        ...(options.library
          ? {}
          : {
              texts: {
                rest: JSON.stringify({ topicFlow, chapters } satisfies SummaryDetail),
                // nlp's detail as it came (its turns and windows are what EpisodeDetail keeps).
                detail,
              },
            }),
        ...(extra === undefined ? {} : { record: extra as ArchiveRecord }),
      },
    };
  }
}

/** The `EpisodeDetail` of an analysis's texts (its summary's rest and nlp's detail, as analyzeEpisodes gives and the database keeps them). */
export function episodeDetail(rest: string, detail: string): EpisodeDetail {
  const transcript = JSON.parse(detail) as TranscriptDetail;
  return { summary: JSON.parse(rest) as SummaryDetail, turns: transcript.turns, windows: transcript.windows };
}

/** An episode's whole summary (the CLI JSON contract): what the library keeps with the rest its detail holds. */
export function fullSummary(summary: LibrarySummary, detail: Pick<EpisodeDetail, 'summary'>): EpisodeSummary {
  return { ...summary, ...detail.summary };
}
