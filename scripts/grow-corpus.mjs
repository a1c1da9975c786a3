// Grows a corpus to N episodes for scale tests: each new episode takes a real episode as its skeleton (its
// speakers, timing and headings) and fills its turns with turns resampled from other episodes, shuffled, so
// that no two texts are the same. Writes DTC Markdown (the heaviest format to read: YAML).
// `--yaml-library yaml` writes the front matter with `yaml`'s stringify (long turns as double-quoted scalars over
// several lines) instead of js-yaml's dump (the default, which the scale figures in docs/performance.md use).
// Usage: node scripts/grow-corpus.mjs --from ../shared/corpus/dtc --count 1000 --out /tmp/corpus-1k [--seed 1]
//   [--yaml-library js-yaml|yaml]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dump, load } from 'js-yaml';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    count: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'yaml-library': { type: 'string', default: 'js-yaml' },
  },
});
if (!values.from || !values.out || !['js-yaml', 'yaml'].includes(values['yaml-library'])) {
  console.error(
    'usage: node scripts/grow-corpus.mjs --from DIR --count N --out DIR [--seed S] [--yaml-library js-yaml|yaml]',
  );
  process.exit(2);
}
// `yaml` is the parser's dependency, not the root's: resolved from the parser package.
const write =
  values['yaml-library'] === 'yaml'
    ? (meta) => createRequire(new URL('../packages/parser/package.json', import.meta.url))('yaml').stringify(meta)
    : (meta) => dump(meta, { lineWidth: 100 });
let state = Number(values.seed) >>> 0 || 1;
const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const pick = (xs) => xs[Math.floor(random() * xs.length)];

const sources = readdirSync(values.from)
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const text = readFileSync(join(values.from, f), 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    return m ? load(m[1]) : undefined;
  })
  .filter((d) => d && Array.isArray(d.transcript));
const pool = sources.flatMap((d) => d.transcript.filter((e) => typeof e.line === 'string').map((e) => e.line));
mkdirSync(values.out, { recursive: true });
const count = Number(values.count);
const t0 = performance.now();
for (let i = 0; i < count; i++) {
  const skeleton = pick(sources);
  const transcript = skeleton.transcript.map((e) => (typeof e.line === 'string' ? { ...e, line: pick(pool) } : e));
  const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 7 * 365) * 86400000).toISOString().slice(0, 10);
  const meta = { ...skeleton, title: `${skeleton.title} (${i + 1})`, dateadded: day, transcript };
  writeFileSync(join(values.out, `episode-${String(i + 1).padStart(5, '0')}.md`), `---\n${write(meta)}---\n`);
}
console.log(
  `wrote ${count} episodes from ${sources.length} skeletons and ${pool.length} turns to ${values.out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
