import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutput } from './open-output.js';
import { prepareOut } from './prepare-out.js';

describe('openOutput', () => {
  it('openOutput({path, target}) writes beside path and puts the report in place only on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'podlens-out-'));
    const path = join(dir, 'report.json');
    const output = openOutput({ path, target: await prepareOut(path, { inputs: [], files: [] }) });
    await output.write('[1,');
    await output.write('2]\n');
    expect(existsSync(path)).toBe(false);
    await output.close();
    expect(readFileSync(path, 'utf8')).toBe('[1,2]\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
