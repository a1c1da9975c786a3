import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, stat, writeFile, unlink, access } from 'node:fs/promises';
import { constants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AnalysedEpisode, FailedFile } from '../types.js';
import { ANALYSIS_VERSION, analyseText, readPeople, type AnalysedCore } from './corpus.js';
import { corpusDir } from './config.js';
import { readEdits, type SpeakerEdits } from './sidecar.js';
import { transcriptExtensions } from '@podlens/parser';

/** The format registry's transcript endings, most structured first (the order rankFiles tries them in). */
export const TRANSCRIPT_EXTENSIONS: readonly string[] = transcriptExtensions;
/** Folders of side data beside the transcripts (guest profiles, chapter lists, reference figures). */
const SIDE_FOLDERS = new Set(['people', 'truth', 'chapters', 'node_modules']);
/** A folder's own documentation is not a transcript. */
const DOC_FILE = /^(readme|license|licence|changelog|contributing)(\.[a-z]+)?$/i;
const SCAN_INTERVAL_MS = 1000;

export interface Snapshot {
  dir: string;
  episodes: AnalysedEpisode[];
  byId: Map<string, AnalysedEpisode>;
  failed: FailedFile[];
  scannedAt: number;
}

interface FileInfo {
  rel: string;
  abs: string;
  stem: string;
  ext: string;
  mtimeMs: number;
  size: number;
}

type Outcome = { ok: true; core: AnalysedCore } | { ok: false; reason: string };

interface Memo {
  mtimeMs: number;
  size: number;
  editsKey: string;
  outcome: Outcome;
}

async function walk(dir: string, root: string, out: FileInfo[], depth = 0): Promise<void> {
  if (depth > 6) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SIDE_FOLDERS.has(entry.name)) await walk(abs, root, out, depth + 1);
      continue;
    }
    if (!entry.isFile() || DOC_FILE.test(entry.name)) continue;
    const ext = path.extname(entry.name).toLowerCase();
    if (!TRANSCRIPT_EXTENSIONS.includes(ext)) continue;
    try {
      const info = await stat(abs);
      out.push({
        rel: path.relative(root, abs).split(path.sep).join('/'),
        abs,
        stem: path.basename(entry.name, path.extname(entry.name)),
        ext,
        mtimeMs: info.mtimeMs,
        size: info.size,
      });
    } catch {
      // Removed between readdir and stat.
    }
  }
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
  private cacheDir: string | null = null;
  private memo = new Map<string, Memo>();
  private snapshot: Snapshot | null = null;
  private pending: Promise<Snapshot> | null = null;

  constructor(dir: string) {
    this.dir = dir;
  }

  private stale = true;
  private forced: Promise<Snapshot> | null = null;

  /** After a write through the app (upload, speaker edit): the next get() waits for a fresh scan. */
  invalidate(): void {
    this.stale = true;
  }

  /**
   * The corpus as last scanned. A scan older than SCAN_INTERVAL_MS is served as it is while a new one runs in
   * the background (files changed on disk show up a moment later); after invalidate() the caller waits.
   */
  async get(): Promise<Snapshot> {
    // Everyone waits for a scan that a write asked for, not only the first caller.
    if (this.forced) return this.forced;
    const fresh = this.snapshot && Date.now() - this.snapshot.scannedAt < SCAN_INTERVAL_MS;
    if (this.snapshot && !this.stale && fresh) return this.snapshot;
    const wasStale = this.stale;
    const run = this.startRefresh();
    if (this.snapshot && !wasStale) {
      run.catch(() => {});
      return this.snapshot;
    }
    const forced: Promise<Snapshot> = run.finally(() => {
      if (this.forced === forced) this.forced = null;
    });
    this.forced = forced;
    return forced;
  }

  private startRefresh(): Promise<Snapshot> {
    // A scan already running may have listed the folder before the write that made us stale: queue another.
    if (this.pending && !this.stale) return this.pending;
    const before = this.pending ?? Promise.resolve();
    this.stale = false;
    const run: Promise<Snapshot> = before
      .catch(() => undefined)
      .then(() => this.refresh())
      .finally(() => {
        if (this.pending === run) this.pending = null;
      });
    this.pending = run;
    return run;
  }

  private async cacheFolder(): Promise<string> {
    if (this.cacheDir) return this.cacheDir;
    const inCorpus = path.join(this.dir, '.podlens-cache');
    const fallback = path.join(
      os.tmpdir(),
      'podlens-cache',
      createHash('sha256').update(this.dir).digest('hex').slice(0, 16),
    );
    this.cacheDir = (await writableFolder(this.dir)) ? inCorpus : fallback;
    await mkdir(this.cacheDir, { recursive: true }).catch(() => {});
    return this.cacheDir;
  }

  private people: { mtimeMs: number; names: Record<string, string>; key: string } | null = null;

  /** Guest display names from a people/ folder beside the transcripts, re-read when the folder changes. */
  private async readPeopleFolder(): Promise<{ names?: Record<string, string>; key: string }> {
    const dir = path.join(this.dir, 'people');
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory()) return { key: '' };
    if (this.people?.mtimeMs !== info.mtimeMs) {
      const names = await readPeople(dir).catch(() => ({}));
      this.people = { mtimeMs: info.mtimeMs, names, key: createHash('sha256').update(JSON.stringify(names)).digest('hex') };
    }
    return { names: this.people.names, key: this.people.key };
  }

  private async analyse(file: FileInfo, extra: Extra): Promise<Outcome> {
    const { edits } = extra;
    const editsKey = `${JSON.stringify(edits)}|${extra.peopleKey}|${extra.chapterList ?? ''}`;
    const known = this.memo.get(file.abs);
    if (known && known.mtimeMs === file.mtimeMs && known.size === file.size && known.editsKey === editsKey) {
      return known.outcome;
    }
    let outcome: Outcome;
    try {
      const bytes = await readFile(file.abs);
      const key = createHash('sha256')
        .update(ANALYSIS_VERSION)
        .update('\0')
        .update(path.basename(file.rel))
        .update('\0')
        .update(editsKey)
        .update('\0')
        .update(bytes)
        .digest('hex');
      const cacheFile = path.join(await this.cacheFolder(), `${key}.json`);
      const cached = await readFile(cacheFile, 'utf8').then(
        (text) => JSON.parse(text) as Outcome,
        () => null,
      );
      if (cached) {
        outcome = cached;
      } else {
        outcome = analyseBytes(bytes, path.basename(file.rel), edits, extra);
        const tmp = `${cacheFile}.${randomBytes(6).toString('hex')}.tmp`;
        await writeFile(tmp, JSON.stringify(outcome))
          .then(() => rename(tmp, cacheFile))
          .catch(() => unlink(tmp).catch(() => {}));
      }
    } catch (error) {
      outcome = { ok: false, reason: `cannot read the file: ${(error as Error).message}` };
    }
    this.memo.set(file.abs, { mtimeMs: file.mtimeMs, size: file.size, editsKey, outcome });
    return outcome;
  }

  private async refresh(): Promise<Snapshot> {
    const files: FileInfo[] = [];
    await walk(this.dir, this.dir, files);
    const groups = new Map<string, FileInfo[]>();
    for (const file of files) {
      const list = groups.get(file.stem) ?? [];
      list.push(file);
      groups.set(file.stem, list);
    }
    const episodes: AnalysedEpisode[] = [];
    const failed: FailedFile[] = [];
    const people = await this.readPeopleFolder();
    for (const [id, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      const ranked = rankFiles(group);
      const extra: Extra = {
        edits: await readEdits(this.dir, id),
        people: people.names,
        peopleKey: people.key,
        chapterList: await readFile(path.join(this.dir, 'chapters', `${id}.txt`), 'utf8').catch(() => undefined),
      };
      for (const file of ranked) {
        const outcome = await this.analyse(file, extra);
        // Analysing is synchronous work: let other requests (assets, uploads) through between files.
        await new Promise((resolve) => setImmediate(resolve));
        if (outcome.ok) {
          episodes.push({
            id,
            file: file.rel,
            alternates: ranked.filter((f) => f !== file).map((f) => f.rel),
            ...outcome.core,
          });
          break;
        }
        failed.push({ file: file.rel, reason: outcome.reason });
      }
    }
    episodes.sort((a, b) => (b.summary.date ?? '').localeCompare(a.summary.date ?? '') || a.id.localeCompare(b.id));
    const present = new Set(files.map((f) => f.abs));
    for (const key of [...this.memo.keys()]) if (!present.has(key)) this.memo.delete(key);
    this.snapshot = {
      dir: this.dir,
      episodes,
      byId: new Map(episodes.map((e) => [e.id, e])),
      failed,
      scannedAt: Date.now(),
    };
    return this.snapshot;
  }
}

interface Extra {
  edits: SpeakerEdits;
  people?: Record<string, string>;
  peopleKey: string;
  chapterList?: string;
}

export function analyseBytes(bytes: Uint8Array, fileName: string, edits: SpeakerEdits, extra: Partial<Extra> = {}): Outcome {
  try {
    return { ok: true, core: analyseText({ bytes, fileName, edits, people: extra.people, chapterList: extra.chapterList }) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message || String(error) };
  }
}

let store: CorpusStore | null = null;

export function getStore(): CorpusStore {
  const dir = corpusDir();
  if (!store || store.dir !== dir) store = new CorpusStore(dir);
  return store;
}
