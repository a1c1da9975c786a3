// Runs the built CLI (apps/cli/dist/main.js) over a corpus and writes one JSON file per analyzed transcript
// to an output folder, so two builds can be compared with `diff -r`:
//
//   pnpm turbo run build --filter=podlens && node scripts/cli-json-snapshot.mjs /tmp/before
//   (change things, build again)            node scripts/cli-json-snapshot.mjs /tmp/after
//   diff -r /tmp/before /tmp/after
//
// Usage: node scripts/cli-json-snapshot.mjs OUT_DIR [CORPUS_DIR] [-- extra CLI options]
// CORPUS_DIR defaults to ../shared/corpus beside the repository (or $PODLENS_SHARED/corpus). The whole corpus
// is analyzed in one run (corpus-wide keyword statistics and learned topics depend on all of it); each
// episode's object is written as `<path relative to the corpus>.json`, exactly as the CLI printed it (one
// JSONL line), and the run's exit code and stderr (without the progress bar) go to `_run.txt`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dash = args.indexOf('--');
const extra = dash >= 0 ? args.slice(dash + 1) : [];
const [out, corpusArg] = dash >= 0 ? args.slice(0, dash) : args;
if (!out) {
  process.stderr.write('usage: node scripts/cli-json-snapshot.mjs OUT_DIR [CORPUS_DIR] [-- extra CLI options]\n');
  process.exit(2);
}
const shared = process.env.PODLENS_SHARED ?? resolve(root, '..', 'shared');
const corpus = resolve(corpusArg ?? join(shared, 'corpus'));
const cli = join(root, 'apps', 'cli', 'dist', 'main.js');
if (!existsSync(cli)) {
  process.stderr.write(`cli-json-snapshot: ${cli} is missing; build first (pnpm turbo run build --filter=podlens)\n`);
  process.exit(2);
}
if (!existsSync(corpus)) {
  process.stderr.write(`cli-json-snapshot: no corpus at ${corpus}\n`);
  process.exit(2);
}

const run = spawnSync(process.execPath, [cli, 'analyze', corpus, '--format', 'jsonl', '--quiet', ...extra], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
if (run.error) throw run.error;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let written = 0;
for (const line of run.stdout.split('\n')) {
  if (line === '') continue;
  const { source } = JSON.parse(line);
  const file = join(out, `${relative(corpus, resolve(source))}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${line}\n`);
  written++;
}
// Paths in stderr are made relative so that two checkouts in different folders compare equal.
const stderr = run.stderr.split(corpus).join('<corpus>');
writeFileSync(join(out, '_run.txt'), `exit ${run.status}\n${stderr}`);
process.stdout.write(`cli-json-snapshot: ${written} episodes from ${corpus} into ${out} (exit ${run.status})\n`);
