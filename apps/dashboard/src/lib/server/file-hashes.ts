/**
 * Each transcript's content hash at the stat stamp it was taken at (table dashboard_files), so that a restart with
 * nothing changed keys every analysis without reading the files again. A cache: a file whose stamp (inode, size,
 * mtime and ctime in ns: any write changes the ctime) differs is read and hashed again.
 */
import type { Archive } from '@podlens/archive';

export interface FileHash {
  stamp: string;
  contentHash: string;
}

/** Every file's hash as last stored, by absolute path. */
export function readFileHashes(db: Archive): Map<string, FileHash> {
  const rows = db.prepare('SELECT path, stamp, content_hash AS contentHash FROM dashboard_files').all() as ({
    path: string;
  } & FileHash)[];
  return new Map(rows.map((r) => [r.path, { stamp: r.stamp, contentHash: r.contentHash }]));
}

/** Makes the table hold exactly `hashes` (files gone are removed), writing only the rows that changed, in one transaction. */
export function writeFileHashes(db: Archive, hashes: ReadonlyMap<string, FileHash>, stored = readFileHashes(db)): void {
  const put = db.prepare('INSERT OR REPLACE INTO dashboard_files (path, stamp, content_hash) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM dashboard_files WHERE path = ?');
  db.transaction(() => {
    for (const [path, h] of hashes) {
      const was = stored.get(path);
      if (was?.stamp !== h.stamp || was.contentHash !== h.contentHash) put.run(path, h.stamp, h.contentHash);
    }
    for (const path of stored.keys()) if (!hashes.has(path)) remove.run(path);
  })();
}
