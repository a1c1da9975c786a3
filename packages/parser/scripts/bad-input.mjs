// Bad input, timed: each case must end in a clear error or diagnostics, never an uncaught exception.
// Run after `pnpm build`: node scripts/bad-input.mjs
import { randomBytes } from 'node:crypto';
import { parse, UnknownFormatError } from '../dist/index.js';

const line = 'Alexey: ' + 'word '.repeat(2_000_000);
const turns = Array.from(
  { length: 400_000 },
  (_, i) =>
    `[00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}] ${i % 2 ? 'Alexey' : 'Guest'}: this is turn ${i} of a very long plain transcript.`,
).join('\n');
const cases = [
  ['empty file', ''],
  ['binary file', new TextDecoder('latin1').decode(Uint8Array.from({ length: 100_000 }, (_, i) => (i * 37) % 256))],
  ['random bytes (1 MB)', new TextDecoder().decode(randomBytes(1_000_000))],
  ['10 MB single line', line],
  ['50 MB plain transcript', turns.repeat(Math.ceil(50e6 / turns.length)).slice(0, 50e6)],
];
for (const [name, text] of cases) {
  const t0 = performance.now();
  let outcome;
  try {
    const r = parse(text);
    outcome = `${r.episode.format}: ${r.episode.turns.length} turns, ${r.diagnostics.length} diagnostics`;
  } catch (e) {
    outcome =
      e instanceof UnknownFormatError
        ? `UnknownFormatError (${e.refusals.length} formats refused)`
        : `UNCAUGHT ${e.name}: ${e.message}`;
  }
  const ms = performance.now() - t0;
  const mb = text.length / 1e6;
  console.log(
    `${name.padEnd(24)} ${mb.toFixed(1).padStart(6)} MB ${ms.toFixed(0).padStart(7)} ms ${mb > 1 ? `${(mb / (ms / 1000)).toFixed(1).padStart(6)} MB/s` : '          '}  ${outcome}`,
  );
}
