// What a browser app pays for the packages: each entry below bundled by esbuild (ESM, minified, browser) and
// gzipped at level 9, from the packages' built dist/. Usage: pnpm build && node scripts/bundle-size.mjs [--json]
// [--analyze] (--analyze: what each bundle holds, by package and by file, from esbuild's metafile)
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The entries measured, each with its target in gzipped KB (issue 11). The root entry reads every format and holds
 * the `yaml` library for the one that needs it (about 64 KB: no target but a ceiling near today's, so that it does not grow unnoticed; 62.3 KB before the
 * markdown-transcript reader read front matter, 63.8 KB after); a
 * browser app takes the core entry and adds the Markdown+YAML reader only if it wants it.
 */
export const bundleEntries = [
  { name: '@podlens/parser (every export)', code: "export * from '@podlens/parser';", targetKB: 65 },
  { name: '@podlens/parser/core (every export)', code: "export * from '@podlens/parser/core';", targetKB: 35 },
  {
    name: 'core + the Markdown+YAML reader',
    code: "export * from '@podlens/parser/core'; export { markdownYaml } from '@podlens/parser/markdown-yaml';",
    targetKB: 65,
  },
  {
    name: 'parse (core) + speakerBalance + keywords',
    code: "export { parse, speakerBalance } from '@podlens/parser/core'; export { keywords } from '@podlens/nlp';",
    targetKB: 50,
  },
];

/** Where a bundled file comes from: its npm package (`yaml`), or the workspace package and folder (`parser/formats`). */
function sourceOf(file) {
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (dependency) return dependency[1];
  const own = /(?:packages|apps)\/([^/]+)\/dist\/(?:([^/]+)\/)?/.exec(file);
  return own ? `${own[1]}${own[2] ? `/${own[2]}` : ''}` : file;
}

/**
 * The minified and gzipped sizes of each entry, in bytes; with `analyze`, also the minified bytes each source
 * (`sourceOf`) and each file puts into it, largest first.
 */
export async function bundleSizes(entries = bundleEntries, { analyze = false } = {}) {
  const bundle = (code, external = []) =>
    build({
      stdin: { contents: code, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: analyze,
      external,
      logLevel: 'error',
    });
  const gzipBytes = (out) => gzipSync(out.outputFiles[0].contents, { level: 9 }).length;
  const sizes = [];
  for (const entry of entries) {
    const out = await bundle(entry.code);
    const size = { ...entry, minifiedBytes: out.outputFiles[0].contents.length, gzipBytes: gzipBytes(out) };
    if (analyze) {
      const inputs = Object.entries(Object.values(out.metafile.outputs)[0].inputs);
      const bySource = new Map();
      for (const [file, { bytesInOutput }] of inputs)
        bySource.set(sourceOf(file), (bySource.get(sourceOf(file)) ?? 0) + bytesInOutput);
      const largest = (pairs) => pairs.filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1]);
      size.sources = largest([...bySource]).map(([source, minifiedBytes]) => ({ source, minifiedBytes }));
      size.files = largest(inputs.map(([file, { bytesInOutput }]) => [file, bytesInOutput]))
        .slice(0, 15)
        .map(([file, minifiedBytes]) => ({ file, minifiedBytes }));
      // What the bundle would weigh gzipped without each npm dependency (left out as external).
      size.gzipBytesWithout = {};
      for (const { source } of size.sources)
        if (!/^(?:parser|nlp|cli|dashboard)(?:\/|$)/.test(source))
          size.gzipBytesWithout[source] = gzipBytes(await bundle(entry.code, [source]));
    }
    sizes.push(size);
  }
  return sizes;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = await bundleSizes(bundleEntries, { analyze: process.argv.includes('--analyze') });
  const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
  if (process.argv.includes('--json')) console.log(JSON.stringify(sizes));
  else
    for (const s of sizes) {
      console.log(
        `${s.name.padEnd(42)} ${kb(s.minifiedBytes)} KB minified  ${kb(s.gzipBytes)} KB gzipped (target <= ${s.targetKB} KB)`,
      );
      for (const { source, minifiedBytes } of s.sources ?? []) console.log(`  ${kb(minifiedBytes)} KB  ${source}`);
      for (const [source, bytes] of Object.entries(s.gzipBytesWithout ?? {}))
        console.log(`  without ${source}: ${kb(bytes)} KB gzipped`);
      if (s.files) console.log('  largest files:');
      for (const { file, minifiedBytes } of s.files ?? []) console.log(`  ${kb(minifiedBytes)} KB  ${file}`);
    }
}
