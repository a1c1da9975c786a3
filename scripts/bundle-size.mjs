// What a browser app pays for the packages: each entry below bundled by esbuild (ESM, minified, browser) and
// gzipped at level 9, from the packages' built dist/. Usage: pnpm build && node scripts/bundle-size.mjs [--json]
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The entries measured, each with its target in gzipped KB (issue 11). */
export const bundleEntries = [
  { name: '@podlens/parser (every export)', code: "export * from '@podlens/parser';", targetKB: 35 },
  {
    name: 'parse + speakerBalance + keywords',
    code: "export { parse, speakerBalance } from '@podlens/parser'; export { keywords } from '@podlens/nlp';",
    targetKB: 50,
  },
];

/** The minified and gzipped sizes of each entry, in bytes. */
export async function bundleSizes(entries = bundleEntries) {
  const sizes = [];
  for (const entry of entries) {
    const out = await build({
      stdin: { contents: entry.code, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'error',
    });
    const bytes = out.outputFiles[0].contents;
    sizes.push({ ...entry, minifiedBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
  }
  return sizes;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = await bundleSizes();
  if (process.argv.includes('--json')) console.log(JSON.stringify(sizes));
  else
    for (const s of sizes)
      console.log(
        `${s.name.padEnd(36)} ${(s.minifiedBytes / 1024).toFixed(1).padStart(6)} KB minified  ${(s.gzipBytes / 1024).toFixed(1).padStart(5)} KB gzipped (target <= ${s.targetKB} KB)`,
      );
}
