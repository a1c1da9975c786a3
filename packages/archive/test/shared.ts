import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared` beside the repository (or $PODLENS_SHARED); undefined where it is absent. */
export const sharedDir: string | undefined = (() => {
  const dir = process.env.PODLENS_SHARED ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared');
  return existsSync(dir) ? dir : undefined;
})();

export const skipWithoutShared = sharedDir === undefined;
if (skipWithoutShared)
  console.warn('[podlens] ../shared is absent (set PODLENS_SHARED): tests on the real corpus are skipped');
