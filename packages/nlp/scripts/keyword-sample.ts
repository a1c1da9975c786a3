// The share of top-10 keywords that are noun phrases, on a seeded sample of corpus episodes, by the labels
// in keyword-labels.json (term -> is it a noun phrase or a name; labelled by hand, the terms alone).
// Run alone (`node build/scripts/keyword-sample.js`) it lists the terms still unlabelled; eval.ts prints the figure.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Episode } from '@podlens/parser';
import type { CorpusStats } from '../src/corpus/build-corpus-stats.js';
import { random } from '../src/discover/random.js';
import { keywords } from '../src/keywords/keywords.js';

const labelsFile = fileURLToPath(new URL('../../scripts/keyword-labels.json', import.meta.url));

export function sampleEpisodes<T>(items: readonly T[], size: number, seed: number): T[] {
  const next = random(seed);
  const order = items.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order
    .slice(0, size)
    .sort((a, b) => a - b)
    .map((i) => items[i]!);
}

export interface KeywordShare {
  nounPhrases: number;
  labelled: number;
  unlabelled: string[];
}

/** Top-10 keywords (against the corpus statistics) of 15 sampled episodes, with and without the noun-phrase filter. */
export function keywordShares(
  episodes: readonly Episode[],
  stats: CorpusStats,
): { before: KeywordShare; after: KeywordShare } {
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, boolean>;
  const sample = sampleEpisodes(episodes, 15, 15);
  const share = (nounPhrases: boolean): KeywordShare => {
    const result: KeywordShare = { nounPhrases: 0, labelled: 0, unlabelled: [] };
    for (const e of sample) {
      for (const k of keywords(e, { stats, limit: 10, nounPhrases })) {
        const label = labels[k.term];
        if (label === undefined) result.unlabelled.push(k.term);
        else {
          result.labelled++;
          if (label) result.nounPhrases++;
        }
      }
    }
    return result;
  };
  return { before: share(false), after: share(true) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { loadCorpus } = await import('./load-corpus.js');
  const { buildCorpusStats } = await import('../src/corpus/build-corpus-stats.js');
  const episodes = loadCorpus('dtc').map((c) => c.episode);
  const { before, after } = keywordShares(episodes, buildCorpusStats(episodes));
  for (const [name, s] of [
    ['before', before],
    ['after', after],
  ] as const) {
    console.log(
      `${name}: ${s.nounPhrases}/${s.labelled} noun phrases; unlabelled: ${JSON.stringify([...new Set(s.unlabelled)])}`,
    );
  }
}
