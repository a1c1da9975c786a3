import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as core from '../src/core/index.js';
import {
  caseArb,
  formatArb,
  generators,
  loadCorpus,
  loadFixtures,
  runCase,
  showCase,
} from '../scripts/fuzz-harness.mjs';
import { CATASTROPHIC_MS } from './catastrophic.js';
import { sharedDir, skipWithoutShared } from './shared.js';

// A few seconds of the property fuzzing that scripts/fuzz.mjs runs at length (see docs/reliability.md).
// FUZZ_RUNS and FUZZ_SEED widen or replay a run.
const runs = Number(process.env.FUZZ_RUNS ?? 400);
// A fixed seed keeps every commit's run the same; scripts/fuzz.mjs explores new seeds.
const seed = Number(process.env.FUZZ_SEED ?? 20261130);
const fixtures = loadFixtures(join(dirname(fileURLToPath(import.meta.url)), 'fixtures'));

function check(files: Parameters<typeof caseArb>[1], on: typeof api = api) {
  fc.assert(
    fc.property(caseArb(on.formatNames, files, on.transcriptExtensions, fixtures), (c) => {
      const { failures } = runCase(on, c, { slowMs: CATASTROPHIC_MS });
      if (failures.length > 0)
        throw new Error(`${failures.map((f) => `${f.invariant}: ${f.detail}`).join('\n')}\n${showCase(c)}`);
    }),
    { numRuns: runs, seed },
  );
}

describe('fuzzing parse, detectFormat, parseWebVTTCues, every reader and speakerBalance', () => {
  it('random, structured and mutated fixture input: no uncaught exception, none catastrophically slow, every invariant holds', () => {
    check([]);
  });

  it.skipIf(skipWithoutShared)(
    'mutated corpus files (truncated, flipped, shuffled, re-encoded, huge lines): every invariant holds',
    () => {
      check(loadCorpus(join(sharedDir!, 'corpus'), { perFolder: 3 }));
    },
  );

  it('the core entry (@podlens/parser/core): every invariant holds, and Markdown+YAML documents are refused with one refusal per core format', () => {
    check([], core);
    fc.assert(
      fc.property(formatArb('markdown-yaml', fixtures), (text) => {
        for (const target of ['parse', 'detectFormat']) {
          const c = { target, text, source: 'markdown-yaml' };
          const { failures } = runCase(core, c, { slowMs: CATASTROPHIC_MS });
          if (failures.length > 0)
            throw new Error(`${failures.map((f) => `${f.invariant}: ${f.detail}`).join('\n')}\n${showCase(c)}`);
        }
      }),
      { numRuns: 100, seed },
    );
  });

  it('fuzzes every format of the registry: by its own generator or by mutations of its fixture', () => {
    for (const format of api.formatNames) expect(() => formatArb(format, fixtures), format).not.toThrow();
    expect(Object.keys(generators).filter((f) => !(api.formatNames as readonly string[]).includes(f))).toEqual([]);
    expect(() => formatArb('no-such-format', fixtures)).toThrow(/no generator and no fixture/);
  });

  it("formatArb(format) of a format without a generator yields its fixture's text, mutated or whole", () => {
    const fixture = { format: 'fixture-only', name: 'fixtures/x.txt', text: 'Ann: one\nBob: two\nAnn: three\n' };
    const texts = fc.sample(formatArb('fixture-only', [fixture]), { numRuns: 50, seed });
    expect(texts).toContain(fixture.text);
    expect(texts.every((t) => typeof t === 'string')).toBe(true);
  });

  it('runCase reports a broken invariant', () => {
    const broken = {
      ...api,
      speakerBalance: () => ({ speakers: [{ id: 'a', talkSeconds: 1, talkShare: 0.5 }], interactivity: 0 }),
    };
    const { failures } = runCase(broken, { target: 'parse', text: 'Ann: hi\nBob: yo\nAnn: bye', source: 'test' });
    expect(failures.map((f) => f.invariant)).toContain('shares-sum-to-one');
  });
});
