// Bundles the compiled CLI (dist/main.js and its worker) into one file each, in place: a cold start then reads
// two files instead of about a hundred modules (the YAML libraries alone are dozens), 0.26-0.30 s -> 0.21 s
// for `podlens analyze` on one file. Paths relative to dist/ (examples, the dashboard build) stay the same.
// Split into chunks: what a dynamic import loads (mammoth and its dependencies, about 900 KB, for Word documents
// only) stays out of the two files every run and every worker thread compiles (1.45 MB -> about 0.55 MB each).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
// Chunks of an earlier build are named by other hashes.
rmSync(join(dist, 'chunks'), { recursive: true, force: true });
await build({
  entryPoints: [join(dist, 'main.js'), join(dist, 'worker.js')],
  outdir: dist,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (natural's stemmer, cli-progress) call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as podlensCreateRequire } from 'node:module'; const require = podlensCreateRequire(import.meta.url);",
  },
  // The archive's SQLite addon is native code: it is loaded from node_modules, and only by search and trends.
  external: ['@podlens/archive', 'better-sqlite3'],
  logLevel: 'warning',
});
