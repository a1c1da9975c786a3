import { statSync } from 'node:fs';
import { dataDir, databaseFile } from '$lib/server/config.js';
import { getDatabase } from '$lib/server/database.js';
import { getStore } from '$lib/server/store.js';
import type { PageServerLoad } from './$types';

const size = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/** Where podlens keeps its state for this corpus, and how much of it there is. */
export const load: PageServerLoad = async () => {
  const store = getStore();
  const db = getDatabase(store.dir);
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const file = databaseFile(store.dir);
  return {
    dataDir: dataDir(store.dir),
    databaseFile: file,
    databaseBytes: size(file) + size(`${file}-wal`),
    edited: count('dashboard_edits'),
    links: count('person_links'),
    analyses: count('dashboard_analyses'),
    indexed: count('episodes'),
  };
};
