// The tag model's training time (printed, not asserted), as the CLI trains it: the term counts and taxonomy
// topics of the tagged episodes of ../shared/corpus/dtc, repeated to the CLI's sample of 200 documents
// (a 198-episode folder of copies has as many). Median and range of several runs; the machine may be shared.
// Usage: pnpm --filter @podlens/nlp bench-train [--runs N] [--documents N] [--json] (prints one JSON line with --json)
import { parseArgs } from 'node:util';
import { trainTagClassifierOnTerms, termCounts, type LabelledTerms } from '../src/learn/train-tag-classifier.js';
import { defaultTaxonomy } from '../src/taxonomy/default-taxonomy.js';
import { mapTag } from '../src/taxonomy/map-tag.js';
import { loadCorpus, sharedDir } from './load-corpus.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    documents: { type: 'string', default: '200' },
    json: { type: 'boolean', default: false },
  },
});
if (!sharedDir()) {
  console.log('bench-train: ../shared is absent (set PODLENS_SHARED); nothing to measure');
  process.exit(0);
}
const tagged: LabelledTerms[] = loadCorpus('dtc')
  .map(({ episode }) => ({
    counts: termCounts(episode),
    labels: [...new Set(episode.meta.tags.map((t) => mapTag(t, defaultTaxonomy)).filter((id): id is string => !!id))],
  }))
  .filter((d) => d.labels.length > 0);
const documents = Math.max(1, Number(values.documents));
const docs = Array.from({ length: documents }, (_, i) => tagged[i % tagged.length]!);
const runs = Math.max(1, Number(values.runs));
// Wall time and this thread's CPU time: on a shared machine the CPU time says more about the code.
const ms: number[] = [];
const cpuMs: number[] = [];
let model = trainTagClassifierOnTerms(docs); // warm-up
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  model = trainTagClassifierOnTerms(docs);
  const c = process.cpuUsage(c0);
  ms.push(performance.now() - t0);
  cpuMs.push((c.user + c.system) / 1000);
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const summary = (xs: number[]) => ({
  median: +sorted(xs)[Math.floor(runs / 2)]!.toFixed(1),
  min: +sorted(xs)[0]!.toFixed(1),
  max: +sorted(xs)[runs - 1]!.toFixed(1),
});
const result = {
  documents,
  labels: model.labels.length,
  features: model.vocabulary.length,
  runs,
  wallMs: summary(ms),
  cpuMs: summary(cpuMs),
};
if (values.json) console.log(JSON.stringify(result));
else
  console.log(
    `tag model training: ${documents} documents, ${result.labels} labels, ${result.features} features: median ${result.wallMs.median} ms wall (${result.wallMs.min}-${result.wallMs.max}), ${result.cpuMs.median} ms CPU (${result.cpuMs.min}-${result.cpuMs.max}) over ${runs} runs`,
  );
