import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as root from '../index.js';
import * as core from './index.js';
import * as markdownYamlEntry from '../markdown-yaml/index.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The source files a module loads at run time (relative imports and re-exports, `import type` left out), transitively. */
function runtimeGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(
    /^(?:import|export)\s+(?!type\b)(?:(?:\{[^}]*\}|\*(?:\s+as\s+\w+)?|\w+(?:\s*,\s*\{[^}]*\})?)\s+from\s+)?'([^']+)'/gm,
  )) {
    const spec = m[1]!;
    if (spec.startsWith('.')) runtimeGraph(resolve(dirname(file), spec.replace(/\.js$/, '.ts')), seen);
    else seen.add(spec);
  }
  return seen;
}

describe('@podlens/parser/core public API', () => {
  it('exports exactly these names: those of @podlens/parser and createParser', () => {
    expect(Object.keys(core).sort()).toEqual([...Object.keys(root), 'createParser'].sort());
    expect(Object.keys(core).sort()).toEqual(
      [
        'UnknownFormatError',
        'acceptedFormatNames',
        'countWords',
        'createParser',
        'csvCell',
        'csvRow',
        'detectFormat',
        'editSpeakers',
        'formatDuration',
        'formatNames',
        'formatTimestamp',
        'formats',
        'mergeChapters',
        'parse',
        'parseIsoDuration',
        'parseTimestamp',
        'parseWebVTTCues',
        'periodBounds',
        'periodOf',
        'periodsBetween',
        'resolveFormatName',
        'speakerBalance',
        'speakerCells',
        'speakerColumns',
        'summarizeEpisode',
        'transcriptExtensions',
        'transcriptMediaTypes',
      ].sort(),
    );
  });

  it('the helpers are the very functions of @podlens/parser; the registry lists are the core formats', () => {
    for (const name of ['speakerBalance', 'summarizeEpisode', 'countWords', 'UnknownFormatError'] as const)
      expect(core[name]).toBe(root[name]);
    expect(core.formatNames).toEqual(root.formatNames.filter((n) => n !== 'markdown-yaml'));
  });

  it('@podlens/parser/markdown-yaml exports exactly its reader', () => {
    expect(Object.keys(markdownYamlEntry)).toEqual(['markdownYaml']);
    expect(markdownYamlEntry.markdownYaml.name).toBe('markdown-yaml');
  });

  it('loads no YAML library and not the Markdown+YAML reader at run time; the markdown-yaml entry does', () => {
    const graph = runtimeGraph(join(src, 'core/index.ts'));
    expect([...graph].filter((f) => !f.startsWith('/'))).toEqual([]);
    expect(graph).toContain(join(src, 'formats/core-readers.ts'));
    expect(graph).not.toContain(join(src, 'formats/markdown-yaml.ts'));
    expect(graph).not.toContain(join(src, 'formats/index.ts'));
    expect(runtimeGraph(join(src, 'markdown-yaml/index.ts'))).toContain('yaml');
  });

  it('is declared in the package exports, with the markdown-yaml entry', () => {
    const pkg = JSON.parse(readFileSync(join(src, '../package.json'), 'utf8'));
    expect(pkg.exports['./core']).toEqual({ types: './dist/core/index.d.ts', default: './dist/core/index.js' });
    expect(pkg.exports['./markdown-yaml']).toEqual({
      types: './dist/markdown-yaml/index.d.ts',
      default: './dist/markdown-yaml/index.js',
    });
  });
});
