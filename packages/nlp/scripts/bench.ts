// Speed figures (printed, not asserted): parsing is not counted, analysis is.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@podlens/parser';
import { buildCorpusStats } from '../src/corpus/build-corpus-stats.js';
import { enrichSummary } from '../src/enrich/enrich-summary.js';
import { sharedDir } from './load-corpus.js';

const shared = sharedDir();
if (!shared) {
  console.log('bench: ../shared is absent (set PODLENS_SHARED); nothing to measure');
  process.exit(0);
}
const dir = join(shared, 'corpus', 'dtc');
const texts = readdirSync(dir)
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const fresh = () => texts.map((t) => parse(t).episode);

// Warm up the JIT on one copy of the corpus.
const warm = fresh();
const warmStats = buildCorpusStats(warm);
for (const e of warm) enrichSummary(e, { stats: warmStats, autoChapters: true });

const runs = 7;
const corpusMs: number[] = [];
const perEpisode: number[] = [];
for (let r = 0; r < runs; r++) {
  const episodes = fresh();
  const t0 = performance.now();
  const stats = buildCorpusStats(episodes);
  for (const e of episodes) enrichSummary(e, { stats, autoChapters: true });
  corpusMs.push(performance.now() - t0);
  for (const e of fresh()) {
    if (e.durationSeconds < 3300 || e.durationSeconds > 3900) continue;
    const t = performance.now();
    enrichSummary(e, { stats, autoChapters: true });
    perEpisode.push(performance.now() - t);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `one ~1-hour episode (55-65 min, ${perEpisode.length / runs} of them), enrichSummary with auto-chapters, corpus stats ready: median ${median(perEpisode).toFixed(1)} ms, max ${Math.max(...perEpisode).toFixed(1)} ms (target <= 20 ms)`,
);
console.log(
  `whole corpus (${texts.length} episodes): corpus stats + enrichSummary of every episode: median ${median(corpusMs).toFixed(0)} ms, best ${Math.min(...corpusMs).toFixed(0)} ms of ${runs} runs (target <= 1000 ms)`,
);
