import { toCsv } from '../csv.js';
import type { EpisodeSummary } from '../types.js';

/** The topic flow's data: a row per time bin, a column per topic (by its label) holding its score, 0 where none. */
export function topicFlowCsv(topics: EpisodeSummary['topics'], flow: EpisodeSummary['topicFlow']): string {
  return toCsv(
    ['start', 'end', ...topics.map((t) => t.label)],
    flow.bins.map((b) => [b.start, b.end, ...topics.map((t) => b.scores[t.id] ?? 0)]),
  );
}
