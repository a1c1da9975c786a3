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

/** Largest transcript accepted by the upload endpoint, in bytes (PODLENS_MAX_UPLOAD_BYTES overrides). */
export function maxUploadBytes(): number {
  const given = Number(process.env.PODLENS_MAX_UPLOAD_BYTES);
  return Number.isFinite(given) && given > 0 ? given : 5 * 1024 * 1024;
}
