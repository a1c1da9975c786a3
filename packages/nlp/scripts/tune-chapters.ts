// Chooses the auto-chapter cue weights by 5-fold cross-validation on ../shared/corpus: for each fold the
// weights with the best mean Pk on the other folds are scored on it. Prints the cross-validated Pk and the
// weights chosen on all episodes (the defaults in src/chapters/auto-chapters.ts).
import { chapterStarts, defaultChapterWeights, type ChapterWeights } from '../src/chapters/auto-chapters.js';
import { pk, windowDiff } from '../src/evaluate/segmentation-error.js';
import { loadCorpus } from './load-corpus.js';

const episodes = loadCorpus('dtc')
  .map((c) => c.episode)
  .filter((e) => e.chapters.filter((c) => c.origin === 'transcript').length >= 2);
// The copies without headings are made once: the episode's terms are cached per episode object.
const blind = episodes.map((e) => ({ ...e, chapters: [] }));
const grid: { weights: ChapterWeights; targetSeconds: number; blockWords: number }[] = [];
for (const follow of [1, 1.5, 2])
  for (const shift of [0.5, 1, 2])
    for (const depth of [0, 1])
      for (const cue of [0, 1, 2])
        for (const guest of [-1.5, -2])
          for (const midTurn of [-3, -4.5])
            for (const cost of [-1.5, -2, -3])
              for (const blockWords of [150, 250])
                grid.push({ weights: { ...defaultChapterWeights, follow, shift, depth, cue, guest, midTurn, cost }, targetSeconds: 150, blockWords });

const pks = grid.map((g) =>
  episodes.map((e, i) => {
    const reference = e.chapters.filter((c) => c.origin === 'transcript').map((c) => c.start);
    const hypothesis = chapterStarts(blind[i]!, { targetSeconds: g.targetSeconds, blockWords: g.blockWords }, g.weights);
    return [pk({ reference, hypothesis, duration: e.durationSeconds }), windowDiff({ reference, hypothesis, duration: e.durationSeconds })] as const;
  }),
);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const folds = 5;
const bestOn = (idx: number[]) => {
  let best = 0;
  let bestPk = Infinity;
  pks.forEach((row, g) => {
    const m = mean(idx.map((i) => row[i]![0]));
    if (m < bestPk) [best, bestPk] = [g, m];
  });
  return best;
};
const cvPk: number[] = [];
const cvWd: number[] = [];
for (let f = 0; f < folds; f++) {
  const train = episodes.map((_, i) => i).filter((i) => i % folds !== f);
  const g = bestOn(train);
  for (let i = f; i < episodes.length; i += folds) {
    cvPk.push(pks[g]![i]![0]);
    cvWd.push(pks[g]![i]![1]);
  }
  console.log(`fold ${f}: chose ${JSON.stringify(grid[g])}`);
}
const all = bestOn(episodes.map((_, i) => i));
console.log(`cross-validated (${folds} folds, ${grid.length} settings, ${episodes.length} episodes): Pk ${mean(cvPk).toFixed(3)}  WindowDiff ${mean(cvWd).toFixed(3)}`);
console.log(`chosen on all episodes: ${JSON.stringify(grid[all])}: Pk ${mean(pks[all]!.map((x) => x[0])).toFixed(3)}  WindowDiff ${mean(pks[all]!.map((x) => x[1])).toFixed(3)}`);
