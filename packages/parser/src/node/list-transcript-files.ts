import type { Dirent, Stats } from 'node:fs';
import { readdir as fsReaddir, stat as fsStat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

import { transcriptExtensions } from '../formats/index.js';

/** File endings podlens reads: those of the format registry, and Word documents (read in Node only). */
export const TRANSCRIPT_EXTENSIONS: readonly string[] = [...transcriptExtensions, '.docx'];

const SKIP = new Set(['node_modules', '.git', '.podlens-cache']);
/** A folder's own documents are not transcripts. */
const DOCUMENTS = /^(?:readme|changelog|license|licence|contributing|notice)(?:\.[^.]*)?$/i;

/** A path the listing could not read, or chose to leave out, and why. */
export interface ListedProblem {
  path: string;
  reason: string;
  /** The error code where the file system gave one (`ENOENT`, `EACCES`, `ELOOP`...). */
  code?: string;
}

export interface TranscriptFileList {
  /** Every transcript file, in the order of the paths given and sorted by name within a folder. */
  files: string[];
  /** Paths that could not be read: a folder that cannot be listed, a broken link, a named FIFO or device. */
  failures: ListedProblem[];
  /** Paths left out on purpose: a second way to reach a file or folder already listed (a link loop, say). */
  skipped: ListedProblem[];
}

export interface ListTranscriptFilesOptions {
  /** The folder reader; replaceable so that tests can make a folder unreadable (tests run as root). */
  readdir?: (dir: string) => Promise<Dirent[]>;
}

const skippedName = (name: string) => name.startsWith('.') || SKIP.has(name);
const transcriptName = (name: string) =>
  !skippedName(name) && !DOCUMENTS.test(name) && TRANSCRIPT_EXTENSIONS.includes(extname(name).toLowerCase());

function kindOf(s: Stats): string {
  if (s.isFIFO()) return 'a FIFO';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

function reasonOf(e: unknown, link: boolean): ListedProblem['reason'] {
  const code = (e as NodeJS.ErrnoException).code;
  if (link && (code === 'ENOENT' || code === 'ELOOP'))
    return code === 'ELOOP' ? 'a symbolic link that loops' : 'a broken symbolic link';
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (e as Error).message;
}

/**
 * Every transcript file under the given files and folders. Folders are walked (hidden ones, node_modules and
 * documents such as README skipped); symbolic links are followed, and a file or folder reached a second way
 * (a link back up the tree, a link to a file listed already) is listed once and the other ways are `skipped`.
 * Nothing the file system refuses stops the walk: it is a `failure`, and the rest is still listed.
 */
export async function listTranscriptFiles(
  paths: string | string[],
  options: ListTranscriptFilesOptions = {},
): Promise<TranscriptFileList> {
  const readdir = options.readdir ?? ((dir: string) => fsReaddir(dir, { withFileTypes: true }));
  const result: TranscriptFileList = { files: [], failures: [], skipped: [] };
  // Files and folders seen, by device and inode, with the path they were first listed under.
  const seen = new Map<string, string>();
  const once = (s: Stats, p: string): boolean => {
    const key = `${s.dev}:${s.ino}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, p);
      return true;
    }
    result.skipped.push({
      path: p,
      reason: `reached again (through a link, or named twice): the same ${s.isDirectory() ? 'folder' : 'file'} as ${first}`,
    });
    return false;
  };
  // Files in listing order. Where one came through a link or from the command line, all are compared by device
  // and inode at the end; a walk without links needs no stat per file (10,000 of them cost seconds on a busy disk).
  const listed: string[] = [];
  let compare = false;

  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir);
    } catch (e) {
      result.failures.push({
        path: dir,
        reason: `cannot read the folder: ${reasonOf(e, false)}`,
        code: (e as NodeJS.ErrnoException).code,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (skippedName(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isFile()) {
        if (transcriptName(e.name)) listed.push(p);
        continue;
      }
      const typed =
        e.isDirectory() ||
        e.isSymbolicLink() ||
        e.isFIFO() ||
        e.isCharacterDevice() ||
        e.isBlockDevice() ||
        e.isSocket();
      if (typed && !e.isDirectory() && !e.isSymbolicLink() && !transcriptName(e.name)) continue;
      let s: Stats;
      try {
        s = await fsStat(p);
      } catch (err) {
        // A broken link named like a transcript, or that may have been a folder, is worth a word; one to a picture is not.
        if (transcriptName(e.name) || !extname(e.name))
          result.failures.push({
            path: p,
            reason: reasonOf(err, e.isSymbolicLink()),
            code: (err as NodeJS.ErrnoException).code,
          });
        continue;
      }
      if (s.isDirectory()) {
        if (once(s, p)) await walk(p);
      } else if (!transcriptName(e.name)) continue;
      else if (s.isFile()) {
        listed.push(p);
        compare = true;
      } else result.skipped.push({ path: p, reason: `${kindOf(s)}, not a file` });
    }
  };

  for (const p of Array.isArray(paths) ? paths : [paths]) {
    let s: Stats;
    try {
      s = await fsStat(p);
    } catch (e) {
      result.failures.push({ path: p, reason: reasonOf(e, false), code: (e as NodeJS.ErrnoException).code });
      continue;
    }
    if (s.isDirectory()) {
      if (once(s, p)) await walk(p);
    } else if (s.isFile()) {
      listed.push(p);
      compare = true;
    } else result.failures.push({ path: p, reason: `${kindOf(s)}, not a transcript file` });
  }
  if (!compare) result.files = listed;
  else {
    const stats = await Promise.all(listed.map((p) => fsStat(p).catch(() => undefined)));
    listed.forEach((p, i) => {
      const s = stats[i];
      if (!s || once(s, p)) result.files.push(p);
    });
  }
  return result;
}

/**
 * Whether listTranscriptFiles(folder) would list file (which need not exist yet): it lies under folder, no
 * part of the way down is hidden or skipped, and its name is a transcript's.
 */
export function wouldListUnder(folder: string, file: string): boolean {
  const rel = relative(resolve(folder), resolve(file));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return false;
  const parts = rel.split(sep);
  return parts.slice(0, -1).every((part) => !skippedName(part)) && transcriptName(basename(file));
}
