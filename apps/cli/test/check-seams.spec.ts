import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = resolve(dirname(fileURLToPath(import.meta.url)), '../../../scripts/check-seams.mjs');
const run = (root?: string) =>
  spawnSync(process.execPath, [script, ...(root ? [root] : [])], { encoding: 'utf8', timeout: 60_000 });

/** A small workspace: files by path, package.json files as objects. */
function tree(files: Record<string, string | object>): string {
  const root = mkdtempSync(join(tmpdir(), 'podlens-seams-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

const packages = {
  'packages/parser/package.json': {
    name: '@podlens/parser',
    exports: { '.': { default: './dist/index.js' }, './node': { default: './dist/node/index.js' } },
  },
  'packages/parser/src/formats/srt.ts': "export const srt = { extensions: ['.srt', '.txt'] };\n",
  'packages/parser/src/formats/ttml.ts': "export const ttml = { extensions: ['.ttml', '.dfxp'] };\n",
  'packages/nlp/package.json': { name: '@podlens/nlp', exports: { '.': { default: './dist/index.js' } } },
  'apps/web/package.json': { name: 'web' },
};

describe('scripts/check-seams.mjs', () => {
  it('passes on the repository', () => {
    const r = run();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('passes a workspace that keeps to the seams', () => {
    const root = tree({
      ...packages,
      'apps/web/src/a.ts':
        "import { parse } from '@podlens/parser';\nimport { listTranscriptFiles } from '@podlens/parser/node';\nimport { analyzeTranscript } from '@podlens/nlp';\nimport { b } from './b.js';\n// keywords (in a comment) and ['.vtt', '.srt'] in a comment are fine\n",
      'apps/web/src/b.ts': 'export const b = 1;\n',
    });
    expect(run(root).status).toBe(0);
  });

  it('names each import of internals, extension list and summary figure computed in an app, and exits 1', () => {
    const root = tree({
      ...packages,
      'apps/web/src/a.ts': [
        "import { parse } from '@podlens/parser/src/parse.js';",
        "import { x } from '../../../packages/nlp/src/x.js';",
        "const ENDINGS = ['.vtt', '.srt', '.txt'];",
        "const MINE = ['.ttml', '.dfxp'];",
        'const isTranscript = (n: string) => /\\.(vtt|srt|md)$/.test(n);',
        'const balance = speakerBalance(episode);',
        'summary.talkShare = 0.5;',
        '',
      ].join('\n'),
      'packages/nlp/src/y.ts': "import { z } from '../../parser/src/z.js';\n",
    });
    const r = run(root);
    expect(r.status).toBe(1);
    const lines = r.stderr
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.trim().replace(/:.*?: /, ' '));
    expect(lines).toEqual([
      "apps/web/src/a.ts imports '@podlens/parser/src/parse.js', not an export of @podlens/parser (declared: @podlens/parser, @podlens/parser/node)",
      "apps/web/src/a.ts imports '../../../packages/nlp/src/x.js', outside apps/web (import the package by its name)",
      expect.stringMatching(/^apps\/web\/src\/a\.ts a list of transcript endings/),
      // endings only a reader declares (the registry's TTML), found as well
      expect.stringMatching(/^apps\/web\/src\/a\.ts a list of transcript endings \(\['\.ttml'/),
      expect.stringMatching(/^apps\/web\/src\/a\.ts a pattern of transcript endings/),
      expect.stringMatching(/^apps\/web\/src\/a\.ts calls speakerBalance\(\)/),
      expect.stringMatching(/^apps\/web\/src\/a\.ts writes summary\.talkShare/),
      "packages/nlp/src/y.ts imports '../../parser/src/z.js', outside packages/nlp (import the package by its name)",
    ]);
  });
});
