import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compares `actual` whole with the JSON in `expectedFile`. With UPDATE_FIXTURES=1 it writes the file instead
 * (review the diff before committing it); without, a missing expected file fails the test and says how to
 * make it, so a new fixture never passes unreviewed.
 */
export function expectFixture(expectedFile: string, actual: unknown): void {
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_FIXTURES === '1') {
    writeFileSync(expectedFile, json);
    return;
  }
  if (!existsSync(expectedFile))
    throw new Error(
      `no expected file ${expectedFile}: run the test with UPDATE_FIXTURES=1 to write it, then review it`,
    );
  expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
}
