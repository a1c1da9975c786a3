import { listPeople } from '@podlens/archive';
import { archiveFor } from './archive-index.js';
import { getDatabase } from './database.js';
import { personRows, type PersonRow } from './person-view.js';
import type { Snapshot } from './store.js';

/** People the library lists (the most episodes first). */
export const LIBRARY_PEOPLE = 12;
/** How long the library waits for the archive to hold the snapshot before it lists what the archive has so far. */
const WAIT_MS = 300;

/** The library's people list: from the archive's listPeople, without making the page wait for a long first indexing. */
export async function libraryPeople(
  snap: Snapshot,
): Promise<{ people: PersonRow[]; total: number; recurring: number; ready: boolean }> {
  const ready = await Promise.race([
    archiveFor(snap).then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), WAIT_MS).unref()),
  ]);
  const rows = personRows(listPeople(getDatabase(snap.dir)));
  return {
    people: rows.slice(0, LIBRARY_PEOPLE),
    total: rows.length,
    recurring: rows.filter((r) => r.recurring).length,
    ready,
  };
}
