// Property-based fuzzing of the built parser: random, structured and mutated real inputs, with figures.
// Run after `pnpm build`: node scripts/fuzz.mjs [runs=100000] [--seed N] [--corpus DIR] [--save FILE]
// --save writes the first failing input and the shrunk counterexample of each broken invariant as JSON, to replay.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import * as api from '../dist/index.js';
import { caseArb, loadCorpus, loadFixtures, runCase, showCase } from './fuzz-harness.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: 'string' }, corpus: { type: 'string' }, save: { type: 'string' } },
});
const runs = Number(positionals[0] ?? 100_000);
if (!Number.isInteger(runs) || runs < 1)
  throw new TypeError(`fuzz: runs must be a positive integer, got '${positionals[0]}'`);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
const shared = process.env.PODLENS_SHARED ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared');
const corpusDir = values.corpus ?? join(shared, 'corpus');
const files = existsSync(corpusDir) ? loadCorpus(corpusDir) : [];
if (files.length === 0)
  console.warn(`fuzz: no corpus at ${corpusDir} (set PODLENS_SHARED): mutations of real files are left out`);

const fixtures = loadFixtures(join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures'));
const arb = caseArb(api.formatNames, files, api.transcriptExtensions, fixtures);
const stats = {
  inputs: 0,
  uncaught: 0,
  over1s: 0,
  slowest: { ms: 0, c: undefined },
  failing: 0,
  byInvariant: new Map(),
  byTarget: new Map(),
};
const t0 = performance.now();
console.log(`fuzz: ${runs} inputs, seed ${seed}, ${files.length} corpus files, ${fixtures.length} fixtures`);
fc.check(
  fc.property(arb, (c) => {
    if (process.env.FUZZ_TRACE) writeFileSync(process.env.FUZZ_TRACE, JSON.stringify(c));
    const r = runCase(api, c);
    stats.inputs++;
    stats.byTarget.set(
      c.target.replace(/^read:.*/, 'read:<format>'),
      (stats.byTarget.get(c.target.replace(/^read:.*/, 'read:<format>')) ?? 0) + 1,
    );
    if (r.uncaught) stats.uncaught++;
    if (r.ms > 1000) stats.over1s++;
    if (r.ms > stats.slowest.ms) stats.slowest = { ms: r.ms, c };
    if (r.failures.length > 0) stats.failing++;
    for (const f of r.failures) {
      const seen = stats.byInvariant.get(f.invariant) ?? { count: 0, first: f.detail, firstCase: c };
      seen.count++;
      stats.byInvariant.set(f.invariant, seen);
    }
    if (stats.inputs % 10_000 === 0)
      console.error(
        `  ${stats.inputs} inputs, ${stats.failing} failing, ${((performance.now() - t0) / 1000).toFixed(0)} s`,
      );
    return true;
  }),
  { numRuns: runs, seed },
);
const seconds = (performance.now() - t0) / 1000;

console.log(
  `inputs run:            ${stats.inputs} (${[...stats.byTarget].map(([k, v]) => `${k} ${v}`).join(', ')}) in ${seconds.toFixed(0)} s`,
);
console.log(`uncaught exceptions:   ${stats.uncaught}`);
console.log(
  `slowest input:         ${stats.slowest.ms.toFixed(1)} ms (${stats.slowest.c ? `${stats.slowest.c.target}, ${stats.slowest.c.source}, ${typeof stats.slowest.c.text === 'string' ? stats.slowest.c.text.length : '?'} chars` : '-'})`,
);
console.log(`inputs over 1 s:       ${stats.over1s}`);
console.log(`invariant failures:    ${stats.failing} inputs${stats.byInvariant.size ? '' : ' (none)'}`);
for (const [name, { count, first }] of stats.byInvariant) console.log(`  ${name}: ${count} (first: ${first})`);

const saved = {};
// A shrunk counterexample for each broken invariant: the same seed, the property failing on that invariant only.
for (const name of stats.byInvariant.keys()) {
  const out = fc.check(
    fc.property(arb, (c) => !runCase(api, c).failures.some((f) => f.invariant === name)),
    { numRuns: runs, seed, interruptAfterTimeLimit: 120_000, markInterruptAsFailure: false },
  );
  if (!out.failed || !out.counterexample) {
    saved[name] = { first: stats.byInvariant.get(name).firstCase };
    console.log(`\n${name}: not reproduced on a second pass (timing-dependent?)`);
    continue;
  }
  const c = out.counterexample[0];
  saved[name] = { first: stats.byInvariant.get(name).firstCase, shrunk: c };
  const detail = runCase(api, c).failures.find((f) => f.invariant === name)?.detail ?? '(passes on re-run)';
  console.log(`\n${name}, shrunk in ${out.numShrinks} steps:\n  ${showCase(c)}\n  -> ${detail}`);
}
if (values.save) writeFileSync(values.save, JSON.stringify({ seed, runs, counterexamples: saved }, null, 1));
process.exitCode = stats.failing > 0 ? 1 : 0;
