import { openArchive } from '@podlens/archive';
import { describe, expect, it } from 'vitest';
import { readFileHashes, writeFileHashes } from './file-hashes.js';
import { ensureStateSchema } from './state-schema.js';

const open = () => {
  const db = openArchive(':memory:');
  ensureStateSchema(db);
  return db;
};

describe('file hashes', () => {
  it('writeFileHashes(db, hashes) then readFileHashes(db) gives them back', () => {
    const db = open();
    const hashes = new Map([
      ['/c/a.md', { stamp: '1:2:3:4', contentHash: 'aa' }],
      ['/c/b.md', { stamp: '5:6:7:8', contentHash: 'bb' }],
    ]);
    writeFileHashes(db, hashes);
    expect(readFileHashes(db)).toEqual(hashes);
  });

  it('writeFileHashes(db, hashes) replaces a changed stamp and removes files no longer listed', () => {
    const db = open();
    writeFileHashes(
      db,
      new Map([
        ['/c/a.md', { stamp: '1', contentHash: 'aa' }],
        ['/c/b.md', { stamp: '2', contentHash: 'bb' }],
      ]),
    );
    const now = new Map([['/c/a.md', { stamp: '9', contentHash: 'cc' }]]);
    writeFileHashes(db, now);
    expect(readFileHashes(db)).toEqual(now);
  });
});
