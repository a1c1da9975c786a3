import { readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';

const CACHE_FILE = /^[0-9a-f]{64}\.json(\.[0-9a-f]+\.tmp)?$/;

/**
 * Removes the analysis cache earlier versions wrote among the transcripts (`.podlens-cache/`: analyses as
 * `<sha256>.json`, uploads under way in `incoming/`), now that analyses live in the database. Only files of
 * those names are removed, and the folders once empty; anything else in them stays. Returns how many files went.
 */
export function removeLegacyCache(corpus: string): number {
  const dir = path.join(corpus, '.podlens-cache');
  let removed = 0;
  const sweep = (folder: string, match: RegExp) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (!match.test(name)) continue;
      try {
        unlinkSync(path.join(folder, name));
        removed++;
      } catch {
        // read-only or gone: left as it is
      }
    }
    try {
      rmdirSync(folder);
    } catch {
      // not empty, or not ours to remove
    }
  };
  sweep(path.join(dir, 'incoming'), /^[0-9a-f]{16}\.part$/);
  sweep(dir, CACHE_FILE);
  return removed;
}
