import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPeople } from './read-people.js';

describe('readPeople', () => {
  it('readPeople(dir) gives the title of each profile by its file name, skipping a FIFO instead of waiting on it', async (context) => {
    const dir = mkdtempSync(join(tmpdir(), 'podlens-people-'));
    writeFileSync(join(dir, 'ada.md'), '---\ntitle: Ada Lovelace\n---\nMathematician.\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a profile');
    writeFileSync(join(dir, 'nameless.md'), 'no front matter');
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    } catch {
      console.warn('skipped: mkfifo is not available');
      return context.skip();
    }
    expect(await readPeople(dir)).toEqual({ ada: 'Ada Lovelace' });
  });
});
