import { existsSync } from 'node:fs';
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
  const server = m ? Number(m[1]) * ({ k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]?.toLowerCase() as 'k'] ?? 1) : Infinity;
  return Math.min(limit, Math.floor(server));
}
