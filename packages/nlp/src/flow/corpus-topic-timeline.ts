import { periodOf, type Episode, type Period } from '@podlens/parser';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { topics } from '../topics/topics.js';

export type TimelinePeriod = Period;

export interface TimelineBin {
  /** `2023-04`, `2023-Q2` or `2023`. */
  period: string;
  episodes: number;
  scores: Record<string, number>;
}

/** Topic shares across a corpus by date, averaged over the episodes of each period; episodes without a date are left out. */
export function corpusTopicTimeline(
  episodes: readonly Episode[],
  options: { by?: TimelinePeriod; taxonomy?: Taxonomy } = {},
): TimelineBin[] {
  const by = options.by ?? 'quarter';
  if (!['month', 'quarter', 'year'].includes(by))
    throw new TypeError(`corpusTopicTimeline: unknown period '${by}' (expected month, quarter or year)`);
  const bins = new Map<string, TimelineBin>();
  for (const e of episodes) {
    const period = e.meta.date ? periodOf(e.meta.date, by) : undefined;
    if (!period) continue;
    const bin = bins.get(period) ?? { period, episodes: 0, scores: {} };
    bin.episodes++;
    for (const t of topics(e, { taxonomy: options.taxonomy })) bin.scores[t.id] = (bin.scores[t.id] ?? 0) + t.score;
    bins.set(period, bin);
  }
  const list = [...bins.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
  for (const bin of list)
    for (const id of Object.keys(bin.scores)) bin.scores[id] = Math.round((bin.scores[id]! / bin.episodes) * 1e4) / 1e4;
  return list;
}
