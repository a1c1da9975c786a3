import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root: the nearest folder above this module (or the working folder) with pnpm-workspace.yaml. */
export function repoRoot(): string {
  for (const start of [path.dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    let dir = start;
    for (;;) {
      if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return process.cwd();
}

/** The corpus folder: PODLENS_CORPUS, else the repo's examples/. */
export function corpusDir(): string {
  const given = process.env.PODLENS_CORPUS;
  return given ? path.resolve(given) : path.resolve(repoRoot(), 'examples');
}

/** The upload limit when PODLENS_MAX_UPLOAD_BYTES is not set: 5 MB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * Largest transcript accepted by the upload endpoint, in bytes: the one upload limit (PODLENS_MAX_UPLOAD_BYTES
 * overrides the 5 MB default). adapter-node's own body cap is lifted by the server entry (svelte.config.js); one
 * set lower by hand (BODY_SIZE_LIMIT, bytes or with K/M/G) lowers this limit too, so the limit named is the one met.
 */
export function maxUploadBytes(env: Record<string, string | undefined> = process.env): number {
  const given = Number(env.PODLENS_MAX_UPLOAD_BYTES);
  const limit = Number.isFinite(given) && given > 0 ? Math.floor(given) : DEFAULT_MAX_UPLOAD_BYTES;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg])?\s*$/i.exec(env.BODY_SIZE_LIMIT ?? '');
  const server = m
    ? Number(m[1]) * ({ k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]?.toLowerCase() as 'k'] ?? 1)
    : Infinity;
  return Math.min(limit, Math.floor(server));
}

/**
 * podlens's own data folder for this corpus (its database): PODLENS_DATA_DIR, else `.podlens/` inside the corpus
 * when that folder may be written, else a folder per corpus under the user's data home
 * (`$XDG_DATA_HOME/podlens/<hash of the corpus path>`, by default `~/.local/share/podlens/...`).
 * Deleting it loses nothing that the transcripts and an export of the edits cannot rebuild.
 */
export function dataDir(
  corpus: string = corpusDir(),
  env: Record<string, string | undefined> = process.env,
  writable = canWrite(corpus),
): string {
  if (env.PODLENS_DATA_DIR) return path.resolve(env.PODLENS_DATA_DIR);
  if (writable) return path.join(corpus, '.podlens');
  const home = env.XDG_DATA_HOME ? path.resolve(env.XDG_DATA_HOME) : path.join(os.homedir(), '.local', 'share');
  return path.join(home, 'podlens', createHash('sha256').update(corpus).digest('hex').slice(0, 16));
}

/** The dashboard's database file (SQLite) in the data folder. */
export function databaseFile(
  corpus: string = corpusDir(),
  env: Record<string, string | undefined> = process.env,
): string {
  return path.join(dataDir(corpus, env), 'podlens.db');
}

/** Whether a folder may be written: its mode grants write to someone (root passes access() on read-only folders) and access() agrees. */
function canWrite(dir: string): boolean {
  try {
    const info = statSync(dir);
    if (!info.isDirectory() || (info.mode & 0o222) === 0) return false;
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
