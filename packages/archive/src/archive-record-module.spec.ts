import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { ARCHIVE_RECORD_MODULE } from './archive-record-module.js';

it('ARCHIVE_RECORD_MODULE names archive-record-extra beside it (its .ts source here, the .js as built)', () => {
  const file = fileURLToPath(ARCHIVE_RECORD_MODULE);
  expect(file.endsWith('archive-record-extra.js')).toBe(true);
  expect(existsSync(file) || existsSync(file.replace(/\.js$/, '.ts'))).toBe(true);
});
