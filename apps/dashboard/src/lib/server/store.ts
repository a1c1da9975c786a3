import { createHash } from 'node:crypto';
import { readFile, readdir, stat, access } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import { constants } from 'node:fs';
import path from 'node:path';
import type { AnalyzedEpisode, EpisodeDetail, FailedFile, SummaryDetail } from '../types.js';
import {
  ANALYSIS_VERSION,
  analyzeEpisodes,
  episodeDetail,
  readPeople,
  type AnalyzeJob,
  type AnalyzeOutcome,
  type AnalyzedCore,
} from './corpus.js';
import { corpusDir } from './config.js';
import {
  analysesWithoutTexts,
  getAnalyses,
  getAnalysis,
  getAnalysisDetail,
  getAnalysisRest,
  parseAnalysis,
  pruneAnalyses,
  putAnalysis,
  putAnalysisTexts,
} from './analysis-cache.js';
import { getDatabase } from './database.js';
import { readFileHashes, writeFileHashes, type FileHash } from './file-hashes.js';
import { allEdits } from './edits-store.js';
import { emptyEdits, type SpeakerEdits } from './speaker-edits.js';
import { TRANSCRIPT_EXTENSIONS as FILE_EXTENSIONS } from '@podlens/parser/node';
import { followSnapshot, indexRecords } from './archive-index.js';

/** The endings the library's file readers take (the format registry's, most structured first, and .docx): the order rankFiles tries them in. */
export const TRANSCRIPT_EXTENSIONS: readonly string[] = FILE_EXTENSIONS;
/** Folders of side data beside the transcripts (guest profiles, chapter lists, reference figures). */
const SIDE_FOLDERS = new Set(['people', 'truth', 'chapters', 'node_modules']);
/** A folder's own documentation is not a transcript. */
export const DOC_FILE = /^(readme|license|licence|changelog|contributing)(\.[a-z]+)?$/i;
/** Folders deeper than this below the corpus are not read (and are reported as not read). */
const MAX_DEPTH = 6;
const SCAN_INTERVAL_MS = 1000;

export interface Snapshot {
  dir: string;
  episodes: AnalyzedEpisode[];
  byId: Map<string, AnalyzedEpisode>;
  /** Files that could not be read as transcripts, and folders that could not be read at all. */
  failed: FailedFile[];
  scannedAt: number;
  /** What each listed episode was read from and with: the archive index (archive-index.ts) parses the same again. */
  sources: Map<string, EpisodeSource>;
  /** An episode's turns and balance windows, read from the database (analyzed again where it lost them). */
  detail(id: string): Promise<EpisodeDetail | undefined>;
  /** The rest of an episode's summary (topic flow, chapters), read from the database without its detail. */
  summaryRest(id: string): Promise<SummaryDetail | undefined>;
  /**
   * Settles once every listed episode's texts (the summary's rest, the detail) are in the database and its archive
   * record in the search index, made by the second pass of its analysis (`CorpusStore.completeTexts`); never rejects.
   * The archive index and the list of every summary wait for it; an episode's page does not (its file is analyzed
   * on its own where its texts are not stored yet).
   */
  texts: Promise<void>;
}

/** The file an episode was read from and what its reading was given (edits, people, chapter list). */
export interface EpisodeSource {
  abs: string;
  fileName: string;
  /** sha256 of the bytes that were analyzed. */
  contentHash: string;
  /** Changes exactly when the analysis does: the analysis version, the file, its bytes, its edits, people and chapter list. */
  key: string;
  /** The analysis's key in the database (dashboard_analyses), where its detail is kept. */
  analysisKey: string;
  /** The file's stat stamp (`FileInfo.stamp`) when it was listed. */
  stamp: string;
  edits: SpeakerEdits;
  people?: Record<string, string>;
  chapterList?: string;
}

interface FileInfo {
  rel: string;
  abs: string;
  stem: string;
  ext: string;
  /** Inode, size, mtime and ctime (ns): a file with all four unchanged is not read again. */
  stamp: string;
}

type Outcome = { ok: true; core: AnalyzedCore } | { ok: false; reason: string };

/** A file whose analysis is neither in memory nor in the database: what analyzing it needs, and its keys. */
interface Pending {
  file: FileInfo;
  extra: Extra;
  contentHash: string;
  editsKey: string;
  key: string;
}

/** Rows written to the database per transaction while the first analysis runs. */
const WRITE_BATCH = 100;

interface Memo {
  /** The stat stamp the content hash was taken at. */
  stamp: string;
  /** sha256 of the file's bytes: what the analysis is keyed on. */
  contentHash: string;
  editsKey: string;
  /** The analysis's key in the database (dashboard_analyses). */
  key: string;
  outcome: Outcome;
}

/** An episode's `EpisodeSource.key`: what the archive index stores to know it holds this analysis of this file. */
function sourceKey(rel: string, editsKey: string, contentHash: string): string {
  return createHash('sha256').update(`${ANALYSIS_VERSION}\0${rel}\0${editsKey}\0${contentHash}`).digest('hex');
}

/** Inode, size, mtime and ctime (ns) of a file: `FileInfo.stamp`. */
const stampOf = (info: BigIntStats) => `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;

const relOf = (root: string, abs: string) => path.relative(root, abs).split(path.sep).join('/') || '.';

/** Lists the transcript files below dir; a folder that cannot be read (or is too deep) goes to failures. */
async function walk(dir: string, root: string, out: FileInfo[], failures: FailedFile[], depth = 0): Promise<void> {
  if (depth > MAX_DEPTH) {
    failures.push({ file: `${relOf(root, dir)}/`, reason: `folder not read: more than ${MAX_DEPTH} folders deep` });
    return;
  }
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    failures.push({
      file: `${relOf(root, dir)}/`,
      reason: `folder not read (${code ?? (error as Error).message}): its transcripts are not listed`,
    });
    return;
  }
  // The folder's files are stat'ed together (a folder of 10,000 transcripts, one at a time, took a second).
  const found: Promise<FileInfo | undefined>[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SIDE_FOLDERS.has(entry.name)) await walk(abs, root, out, failures, depth + 1);
      continue;
    }
    if (!entry.isFile() || DOC_FILE.test(entry.name)) continue;
    const ext = path.extname(entry.name).toLowerCase();
    if (!TRANSCRIPT_EXTENSIONS.includes(ext)) continue;
    found.push(
      stat(abs, { bigint: true }).then(
        (info) => ({
          rel: relOf(root, abs),
          abs,
          stem: path.basename(entry.name, path.extname(entry.name)),
          ext,
          stamp: stampOf(info),
        }),
        // Removed between readdir and stat.
        () => undefined,
      ),
    );
  }
  for (const file of await Promise.all(found)) if (file) out.push(file);
}

/** Files of one episode in the order they are tried: the registry's order of endings (Markdown with a YAML transcript first, then JSON, VTT, SRT, text). */
export function rankFiles<T extends { ext: string; rel: string }>(files: T[]): T[] {
  const rank = (f: T) => TRANSCRIPT_EXTENSIONS.indexOf(f.ext);
  return [...files].sort((a, b) => rank(a) - rank(b) || a.rel.localeCompare(b.rel));
}

/**
 * Whether podlens may write into a folder: its mode must grant write to someone (root passes access() checks
 * on read-only folders, and a folder shipped read-only must stay untouched) and access() must agree.
 */
export async function writableFolder(dir: string): Promise<boolean> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory() || (info.mode & 0o222) === 0) return false;
    await access(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export class CorpusStore {
  readonly dir: string;
  private memo = new Map<string, Memo>();
  /** The content hashes as stored in the database (file-hashes.ts), once read. */
  private fileHashes: Map<string, FileHash> | null = null;
  private snapshot: Snapshot | null = null;
  private listeners: ((snapshot: Snapshot) => void)[] = [];

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Bumped by every write through the app; a snapshot answers get() only if its scan started at or after it. */
  private generation = 0;
  private snapshotGeneration = -1;
  private running: { generation: number; done: Promise<Snapshot> } | null = null;
  private queued: Promise<Snapshot> | null = null;

  /** Whether a first scan of the folder is done (until then, get() waits for it). */
  get ready(): boolean {
    return this.snapshot !== null;
  }

  /** Calls `listener` with every new snapshot as it is taken (the archive index follows the corpus this way). */
  onSnapshot(listener: (snapshot: Snapshot) => void): void {
    this.listeners.push(listener);
  }

  /** After a write through the app (upload, speaker edit): the next get() waits for a scan that starts after it. */
  invalidate(): void {
    this.generation++;
  }

  /**
   * The corpus as last scanned. A scan older than SCAN_INTERVAL_MS is served as it is while a new one runs in
   * the background (files changed on disk show up a moment later); after invalidate() every caller waits for a
   * scan that started after the invalidate(), never for one that was already listing the folder.
   */
  async get(): Promise<Snapshot> {
    const want = this.generation;
    const snap = this.snapshot;
    if (snap && this.snapshotGeneration >= want) {
      if (Date.now() - snap.scannedAt >= SCAN_INTERVAL_MS) this.scanFrom(want).catch(() => {});
      return snap;
    }
    return this.scanFrom(want);
  }

  /** A scan that starts at generation `want` or later: the running one if it did, else one queued after it. */
  private scanFrom(want: number): Promise<Snapshot> {
    if (this.running && this.running.generation >= want) return this.running.done;
    if (this.queued) return this.queued;
    const after = this.running ? this.running.done.catch(() => undefined) : Promise.resolve();
    const queued = after.then(() => {
      this.queued = null;
      const generation = this.generation;
      const done = this.refresh()
        .then((snap) => {
          if (generation >= this.snapshotGeneration) {
            this.snapshot = snap;
            this.snapshotGeneration = generation;
            for (const listener of this.listeners) listener(snap);
          }
          return snap;
        })
        .finally(() => {
          if (this.running?.done === done) this.running = null;
        });
      this.running = { generation, done };
      return done;
    });
    this.queued = queued;
    return queued;
  }

  private people: { mtimeMs: number; names: Record<string, string>; key: string } | null = null;

  /** The display names by person id that the parser is given (from the people/ folder). */
  async peopleNames(): Promise<Record<string, string> | undefined> {
    return (await this.readPeopleFolder()).names;
  }

  /** Guest display names from a people/ folder beside the transcripts, re-read when the folder changes. */
  private async readPeopleFolder(): Promise<{ names?: Record<string, string>; key: string }> {
    const dir = path.join(this.dir, 'people');
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory()) return { key: '' };
    if (this.people?.mtimeMs !== info.mtimeMs) {
      const names = await readPeople(dir).catch(() => ({}));
      this.people = {
        mtimeMs: info.mtimeMs,
        names,
        key: createHash('sha256').update(JSON.stringify(names)).digest('hex'),
      };
    }
    return { names: this.people.names, key: this.people.key };
  }

  /**
   * The file's outcome from memory or the database; else what analyzing it needs (`Pending`). Its content hash is
   * taken from `hashes` where its stamp is the one stored there (a restart reads no file that did not change), else
   * from its bytes; either way it is put in `seen`. `stored`: every analysis in the database as `getAnalyses` reads it
   * (at a start), else each is looked up on its own.
   */
  private async lookup(
    file: FileInfo,
    extra: Extra,
    hashes: ReadonlyMap<string, FileHash>,
    seen: Map<string, FileHash>,
    stored?: ReadonlyMap<string, string>,
  ): Promise<Outcome | Pending> {
    const editsKey = `${JSON.stringify(extra.edits)}|${extra.peopleKey}|${extra.chapterList ?? ''}`;
    const known = this.memo.get(file.abs);
    if (known && known.stamp === file.stamp && known.editsKey === editsKey) {
      if (known.contentHash) seen.set(file.abs, { stamp: file.stamp, contentHash: known.contentHash });
      return known.outcome;
    }
    let contentHash = hashes.get(file.abs)?.stamp === file.stamp ? hashes.get(file.abs)!.contentHash : undefined;
    if (contentHash === undefined) {
      try {
        contentHash = createHash('sha256')
          .update(await readFile(file.abs))
          .digest('hex');
      } catch (error) {
        const outcome: Outcome = { ok: false, reason: `cannot read the file: ${(error as Error).message}` };
        this.memo.set(file.abs, { stamp: file.stamp, contentHash: '', editsKey, key: '', outcome });
        return outcome;
      }
    }
    seen.set(file.abs, { stamp: file.stamp, contentHash });
    // Touched but not changed (same bytes): the figures stand.
    if (known && known.contentHash === contentHash && known.editsKey === editsKey) {
      this.memo.set(file.abs, { ...known, stamp: file.stamp });
      return known.outcome;
    }
    const key = createHash('sha256')
      .update(ANALYSIS_VERSION)
      .update('\0')
      .update(path.basename(file.rel))
      .update('\0')
      .update(editsKey)
      .update('\0')
      .update(contentHash)
      .digest('hex');
    // The cache is a cache: a database that cannot be read or written (busy, full) costs an analysis, not the episode.
    const cached = (() => {
      try {
        return stored ? parseAnalysis<Outcome>(stored.get(key)) : getAnalysis<Outcome>(getDatabase(this.dir), key);
      } catch {
        return undefined;
      }
    })();
    if (cached) {
      this.memo.set(file.abs, { stamp: file.stamp, contentHash, editsKey, key, outcome: cached });
      return cached;
    }
    return { file, extra, contentHash, editsKey, key };
  }

  /** How far the running analysis is: files analyzed of those to analyze (none when nothing is being analyzed). */
  progress: { done: number; total: number } | null = null;

  /**
   * Analyzes the files found neither in memory nor in the database on nlp's worker pool (corpus.ts analyzeEpisodes),
   * the library's part only (`library: true`: no auto-chapters, texts or archive record), and keeps each outcome in
   * memory and in the database, a transaction per WRITE_BATCH files. The texts and the search index follow in a second
   * pass (`completeTexts`) once the snapshot is taken, so the library answers at about the CLI's cost per file.
   */
  private async analyzePending(pending: Pending[], people?: Record<string, string>): Promise<void> {
    if (pending.length === 0) return;
    const db = getDatabase(this.dir);
    const jobs: (AnalyzeJob & { pending: Pending })[] = pending.map((p) => ({
      abs: p.file.abs,
      fileName: path.basename(p.file.rel),
      edits: p.extra.edits,
      chapterList: p.extra.chapterList,
      pending: p,
    }));
    let rows: { p: Pending; outcome: Outcome }[] = [];
    const write = () => {
      const batch = rows;
      rows = [];
      try {
        db.transaction(() => {
          for (const { p, outcome } of batch)
            putAnalysis(db, { key: p.key, contentHash: p.contentHash, analysisVersion: ANALYSIS_VERSION }, outcome);
        })();
      } catch {
        // not kept: analyzed again on the next start (and an episode page analyzes its file again)
      }
    };
    this.progress = { done: 0, total: pending.length };
    try {
      for await (const { job, outcome } of analyzeEpisodes(jobs, {
        people,
        library: true,
        onProgress: (done, total) => (this.progress = { done, total }),
      })) {
        const p = (job as (typeof jobs)[number]).pending;
        const kept: Outcome = outcome.ok ? { ok: true, core: outcome.core } : outcome;
        this.memo.set(p.file.abs, {
          stamp: p.file.stamp,
          contentHash: p.contentHash,
          editsKey: p.editsKey,
          key: p.key,
          outcome: kept,
        });
        rows.push({ p, outcome: kept });
        if (rows.length >= WRITE_BATCH) write();
      }
      write();
    } finally {
      this.progress = null;
    }
  }

  /** How far the second pass is: episodes whose texts and records are made, of those to make (none when it is not running). */
  indexing: { done: number; total: number } | null = null;

  /** The second passes, one at a time in snapshot order. */
  private completing: Promise<void> = Promise.resolve();

  /**
   * The second pass of an analysis, after the snapshot that lists `sources` is taken: each listed episode whose
   * analysis is stored without its texts is analyzed whole on the worker pool (auto-chapters, detail, its archive
   * record made on the worker: `analyzeEpisodes({index: true})`); its texts are added to its row and its record
   * written into the search index under its source key, in one transaction per WRITE_BATCH files, so that the
   * archive's sync finds it indexed and parses nothing. A file whose stat stamp changed since it was listed keeps
   * no texts (the next scan analyzes it again). Settles when done, or failed (then the sync and the pages fall back
   * on parsing the files themselves).
   */
  private completeTexts(sources: ReadonlyMap<string, EpisodeSource>): Promise<void> {
    const done = this.completing.then(() => this.complete(sources));
    this.completing = done.catch((error: unknown) =>
      console.error("podlens: the episodes' texts and search records could not be made:", error),
    );
    return this.completing;
  }

  private async complete(sources: ReadonlyMap<string, EpisodeSource>): Promise<void> {
    const db = getDatabase(this.dir);
    const missing = analysesWithoutTexts(db, ANALYSIS_VERSION);
    if (missing.size === 0) return;
    const jobs = [...sources]
      .filter(([, source]) => missing.has(source.analysisKey))
      .map(([id, source]) => ({
        abs: source.abs,
        fileName: source.fileName,
        edits: source.edits,
        chapterList: source.chapterList,
        id,
        source,
      }));
    if (jobs.length === 0) return;
    let rows: { job: (typeof jobs)[number]; outcome: AnalyzeOutcome }[] = [];
    const write = async () => {
      const batch = rows;
      rows = [];
      const stamps = await Promise.all(batch.map(({ job }) => stat(job.abs, { bigint: true }).then(stampOf, () => '')));
      const kept = batch.filter(({ job, outcome }, i) => outcome.ok && stamps[i] === job.source.stamp);
      try {
        db.transaction(() => {
          for (const { job, outcome } of kept)
            if (outcome.ok && outcome.texts) putAnalysisTexts(db, job.source.analysisKey, outcome.texts);
          indexRecords(
            db,
            kept.flatMap(({ job, outcome }) =>
              outcome.ok && outcome.record ? [{ id: job.id, key: job.source.key, record: outcome.record }] : [],
            ),
          );
        })();
      } catch {
        // not kept: the pages analyze their files again, the archive's sync parses them
      }
    };
    this.indexing = { done: 0, total: jobs.length };
    try {
      for await (const { job, outcome } of analyzeEpisodes(jobs, {
        people: jobs[0]!.source.people,
        index: true,
        onProgress: (done, total) => (this.indexing = { done, total }),
      })) {
        rows.push({ job: job as (typeof jobs)[number], outcome });
        if (rows.length >= WRITE_BATCH) await write();
      }
      await write();
    } finally {
      this.indexing = null;
    }
  }

  private async refresh(): Promise<Snapshot> {
    const files: FileInfo[] = [];
    const unreadable: FailedFile[] = [];
    await walk(this.dir, this.dir, files, unreadable);
    const groups = new Map<string, FileInfo[]>();
    for (const file of files) {
      const list = groups.get(file.stem) ?? [];
      list.push(file);
      groups.set(file.stem, list);
    }
    const people = await this.readPeopleFolder();
    const saved = allEdits(getDatabase(this.dir));
    // The chapter lists there are, listed once (not a read tried for every episode).
    const chapterFiles = new Set(await readdir(path.join(this.dir, 'chapters')).catch(() => [] as string[]));
    // Each episode's files in the order they are tried; `at` is the one tried now.
    const candidates: { id: string; ranked: FileInfo[]; extra: Extra; at: number }[] = [];
    for (const [id, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      candidates.push({
        id,
        ranked: rankFiles(group),
        extra: {
          edits: saved.get(id) ?? emptyEdits(),
          people: people.names,
          peopleKey: people.key,
          chapterList: chapterFiles.has(`${id}.txt`)
            ? await readFile(path.join(this.dir, 'chapters', `${id}.txt`), 'utf8').catch(() => undefined)
            : undefined,
        },
        at: 0,
      });
    }
    // Rounds: every episode's current file from memory or the database, the rest analyzed together on the pool;
    // an episode whose file failed tries its next file in the next round (the ranked first that parses wins).
    const outcomes = new Map<string, Outcome>();
    const db = getDatabase(this.dir);
    const hashes = this.fileHashes ?? readFileHashes(db);
    const seen = new Map<string, FileHash>();
    // A start (nothing in memory yet) reads every stored analysis at once.
    const stored =
      this.memo.size === 0
        ? (() => {
            try {
              return getAnalyses(db, ANALYSIS_VERSION);
            } catch {
              return undefined;
            }
          })()
        : undefined;
    for (let round = candidates; round.length > 0;) {
      const pending: Pending[] = [];
      for (const c of round) {
        const file = c.ranked[c.at]!;
        const found = await this.lookup(file, c.extra, hashes, seen, stored);
        if ('ok' in found) outcomes.set(file.abs, found);
        else pending.push(found);
      }
      await this.analyzePending(pending, people.names);
      for (const p of pending) outcomes.set(p.file.abs, this.memo.get(p.file.abs)!.outcome);
      round = round.filter((c) => {
        if (outcomes.get(c.ranked[c.at]!.abs)?.ok || c.at + 1 >= c.ranked.length) return false;
        c.at++;
        return true;
      });
    }
    const episodes: AnalyzedEpisode[] = [];
    const sources = new Map<string, EpisodeSource>();
    const failed: FailedFile[] = [...unreadable];
    for (const { id, ranked, extra, at } of candidates) {
      for (const file of ranked.slice(0, at + 1)) {
        const outcome = outcomes.get(file.abs)!;
        if (!outcome.ok) {
          failed.push({ file: file.rel, reason: outcome.reason });
          continue;
        }
        episodes.push({
          id,
          file: file.rel,
          alternates: ranked.filter((f) => f !== file).map((f) => f.rel),
          ...outcome.core,
        });
        const memo = this.memo.get(file.abs);
        const contentHash = memo?.contentHash ?? '';
        const editsKey = memo?.editsKey ?? '';
        sources.set(id, {
          abs: file.abs,
          fileName: path.basename(file.rel),
          contentHash,
          key: sourceKey(file.rel, editsKey, contentHash),
          analysisKey: memo?.key ?? '',
          stamp: file.stamp,
          edits: extra.edits,
          people: extra.people,
          chapterList: extra.chapterList,
        });
      }
    }
    episodes.sort((a, b) => (b.summary.date ?? '').localeCompare(a.summary.date ?? '') || a.id.localeCompare(b.id));
    const present = new Set(files.map((f) => f.abs));
    for (const key of [...this.memo.keys()]) if (!present.has(key)) this.memo.delete(key);
    // Analyses no file of the corpus has now (older versions of files, of the edits, of the analysis code) go.
    pruneAnalyses(db, ANALYSIS_VERSION, new Set([...this.memo.values()].map((m) => m.key)));
    try {
      writeFileHashes(db, seen, hashes);
      this.fileHashes = seen;
    } catch {
      // not kept: the next start reads the files again
    }
    // Nothing changed since the last scan: the same snapshot (a newer scan time), so that what the pages compute per
    // snapshot (the library's figures) is not computed again every second.
    const last = this.snapshot;
    if (last && sameEpisodes(last, episodes, failed)) return { ...last, scannedAt: Date.now() };
    return {
      dir: this.dir,
      episodes,
      byId: new Map(episodes.map((e) => [e.id, e])),
      failed,
      scannedAt: Date.now(),
      sources,
      detail: (id) => this.detail(sources.get(id)),
      summaryRest: (id) => this.summaryRest(sources.get(id)),
      texts: this.completeTexts(sources),
    };
  }

  /** An episode's detail from the database; where the row lost it (a write that failed), its file analyzed again. */
  private async detail(source: EpisodeSource | undefined): Promise<EpisodeDetail | undefined> {
    if (!source) return undefined;
    const texts = await this.texts(source, () => getAnalysisDetail(getDatabase(this.dir), source.analysisKey));
    return texts && episodeDetail(texts.rest, texts.detail);
  }

  /** The rest of an episode's summary from the database (no detail inflated); analyzed again where the row lost it. */
  private async summaryRest(source: EpisodeSource | undefined): Promise<SummaryDetail | undefined> {
    if (!source) return undefined;
    const texts = await this.texts(source, () => {
      const rest = getAnalysisRest(getDatabase(this.dir), source.analysisKey);
      return rest === undefined ? undefined : { rest, detail: '' };
    });
    return texts && (JSON.parse(texts.rest) as SummaryDetail);
  }

  /** What `read` gives of the database; where it gives nothing (or fails), the texts of the file analyzed again. */
  private async texts(
    source: EpisodeSource,
    read: () => { rest: string; detail: string } | undefined,
  ): Promise<{ rest: string; detail: string } | undefined> {
    try {
      const stored = read();
      if (stored) return stored;
    } catch {
      // analyzed again below
    }
    for await (const { outcome } of analyzeEpisodes(
      [{ abs: source.abs, fileName: source.fileName, edits: source.edits, chapterList: source.chapterList }],
      { people: source.people, jobs: 1 },
    ))
      return outcome.ok ? outcome.texts : undefined;
    return undefined;
  }
}

/** Whether a scan found what `last` holds: the same episodes (files, alternates, analyses) and the same failures. */
function sameEpisodes(last: Snapshot, episodes: readonly AnalyzedEpisode[], failed: readonly FailedFile[]): boolean {
  if (last.episodes.length !== episodes.length || last.failed.length !== failed.length) return false;
  const same = episodes.every((e, i) => {
    const was = last.episodes[i]!;
    return (
      was.id === e.id &&
      was.file === e.file &&
      was.summary === e.summary &&
      was.speakerTopics === e.speakerTopics &&
      was.alternates.join('\0') === e.alternates.join('\0')
    );
  });
  return same && failed.every((f, i) => f.file === last.failed[i]!.file && f.reason === last.failed[i]!.reason);
}

interface Extra {
  edits: SpeakerEdits;
  people?: Record<string, string>;
  peopleKey: string;
  chapterList?: string;
}

let store: CorpusStore | null = null;

export function getStore(): CorpusStore {
  const dir = corpusDir();
  if (!store || store.dir !== dir) {
    store = new CorpusStore(dir);
    store.onSnapshot(followSnapshot);
  }
  return store;
}
