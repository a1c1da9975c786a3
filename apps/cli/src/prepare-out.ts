import { openSync, unlinkSync, type Stats } from 'node:fs';
import { realpath, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { wouldListUnder } from '@podlens/parser/node';
import { UsageError } from './usage-error.js';

export interface OutTarget {
  /** The open file to write the report to. */
  fd: number;
  /** The temporary file behind fd, renamed onto --out by commit(); undefined where --out is a device such as /dev/null. */
  tmp: string | undefined;
  /** Puts the finished report in place (call it once the stream on fd is closed). */
  commit(): Promise<void>;
}

export interface PrepareOutOptions {
  /** The files and folders named on the command line. */
  inputs: string[];
  /** The transcript files listed from them. */
  files: string[];
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code;
const reasonOf = (e: unknown) =>
  codeOf(e) === 'EACCES' || codeOf(e) === 'EPERM'
    ? 'permission denied'
    : codeOf(e) === 'EROFS'
      ? 'a read-only file system'
      : (e as Error).message;

async function statIfAny(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (e) {
    if (codeOf(e) === 'ENOENT') return undefined;
    throw new UsageError(
      `--out ${path}: ${codeOf(e) === 'ENOTDIR' ? `${dirname(path)} is not a folder` : reasonOf(e)}`,
    );
  }
}

/**
 * Checks --out before any analysis and opens a temporary file beside it: refuses a folder, a missing folder and a
 * file that is one of the inputs or that a walk of an input folder would read; the temporary file is removed
 * whatever ends the run (an error, an exit, SIGINT, SIGTERM, SIGHUP) unless commit() renamed it into place.
 */
export async function prepareOut(out: string, { inputs, files }: PrepareOutOptions): Promise<OutTarget> {
  const existing = await statIfAny(out);
  if (existing?.isDirectory())
    throw new UsageError(`--out ${out} is a folder: name a file to write, for example ${join(out, 'report.json')}`);
  if (existing && !existing.isFile()) {
    // A device or FIFO (/dev/null, /dev/stdout) is written as it is: renaming a file onto it would replace it.
    const fd = openSync(out, 'w');
    return { fd, tmp: undefined, commit: async () => {} };
  }
  let path: string;
  try {
    path = existing ? await realpath(out) : join(await realpath(dirname(out)), basename(out));
  } catch (e) {
    throw new UsageError(
      `--out ${out}: ${codeOf(e) === 'ENOENT' ? `no such folder: ${dirname(out)}` : codeOf(e) === 'ENOTDIR' ? `${dirname(out)} is not a folder` : reasonOf(e)}`,
    );
  }

  for (const input of inputs) {
    if (!(await stat(input)).isDirectory()) continue;
    if (wouldListUnder(await realpath(input), path))
      throw new UsageError(
        `--out ${out} is inside ${input}, which is being analyzed: it would be read as a transcript; write it outside that folder`,
      );
  }
  if (existing) {
    for (const file of files) {
      const s = await stat(file).catch(() => undefined);
      if (s && s.dev === existing.dev && s.ino === existing.ino)
        throw new UsageError(`--out ${out} is one of the inputs (${file}): it would be overwritten`);
    }
  }

  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', 0o666);
  } catch (e) {
    throw new UsageError(`--out ${out}: cannot write in ${dirname(path)}: ${reasonOf(e)}`);
  }
  let done = false;
  const remove = () => {
    if (done) return;
    done = true;
    try {
      unlinkSync(tmp);
    } catch {
      // Gone already.
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    detach();
    // Ends the process as the signal would have, with its exit status.
    process.kill(process.pid, signal);
  };
  const detach = () => {
    process.removeListener('exit', remove);
    for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
  process.on('exit', remove);
  for (const s of SIGNALS) process.on(s, onSignal);
  return {
    fd,
    tmp,
    commit: async () => {
      try {
        await rename(tmp, path);
        done = true;
      } finally {
        detach();
        remove();
      }
    },
  };
}
