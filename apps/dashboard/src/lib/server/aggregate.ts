/**
 * Shapes the library page draws, picked from the figures the packages computed for each episode.
 * Only selection, grouping and sums for display happen here; no figure of an episode is recomputed.
 */
import { topicBranch } from '@podlens/nlp';
import { periodOf } from '@podlens/parser';
import type { AnalyzedEpisode, LibraryRow } from '../types.js';

const MAX_TOPICS = 10;
const MAX_HEAT_ROWS = 14;

export interface TopicRef {
  id: string;
  label: string;
}

function hostName(e: AnalyzedEpisode): string | null {
  return e.summary.speakers.find((s) => s.role === 'host')?.name ?? null;
}

export function libraryRows(episodes: AnalyzedEpisode[]): LibraryRow[] {
  return episodes.map((e) => ({
    id: e.id,
    file: e.file,
    format: e.summary.format,
    title: e.summary.title || e.id,
    date: e.summary.date,
    durationSeconds: e.summary.durationSeconds,
    speakers: e.summary.speakers.map((s) => ({ name: s.name, role: s.role, talkShare: s.talkShare })),
    hostShare: e.hostShare,
    topTopics: [...e.summary.topics]
      .sort((a, b) => b.score - a.score)
      .slice(0, 3)
      .map(({ id, label }) => ({ id, label })),
    warnings: e.summary.diagnostics.filter((d) => d.severity !== 'info').length,
  }));
}

/** The topics drawn: the ten with the largest summed score across the corpus. */
export function corpusTopics(episodes: AnalyzedEpisode[]): TopicRef[] {
  const total = new Map<string, { label: string; score: number }>();
  for (const e of episodes)
    for (const t of e.summary.topics) {
      const entry = total.get(t.id) ?? { label: t.label, score: 0 };
      entry.score += t.score;
      total.set(t.id, entry);
    }
  return [...total]
    .sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]))
    .slice(0, MAX_TOPICS)
    .map(([id, v]) => ({ id, label: v.label }));
}

/**
 * The episodes with their topics read at one level of the taxonomy's tree (nlp's topicBranch): `''` as they are
 * (the most specific topics), `top` the top-level topics, a topic id its children. The charts then draw those.
 */
export function atTopicLevel(episodes: AnalyzedEpisode[], level: string): AnalyzedEpisode[] {
  if (level === '') return episodes;
  const branch = level === 'top' ? undefined : level;
  return episodes.map((e) => {
    const scores = e.topicScores ?? Object.fromEntries(e.summary.topics.map((t) => [t.id, t.score]));
    const speakers = Object.fromEntries(
      Object.entries(e.speakerTopics).map(([name, s]) => [
        name,
        Object.fromEntries(topicBranch(s, { branch }).map((t) => [t.id, t.score])),
      ]),
    );
    const topics = topicBranch(scores, { branch })
      .filter((t) => t.score > 0)
      .map(({ id, label, score }) => ({ id, label, score }));
    return { ...e, summary: { ...e.summary, topics }, speakerTopics: speakers };
  });
}

/** The branches a chart can open: topics with children that the corpus speaks of, by their rolled-up score. */
export function topicBranches(episodes: AnalyzedEpisode[]): TopicRef[] {
  const sum: Record<string, number> = {};
  for (const e of episodes) for (const [id, s] of Object.entries(e.topicScores ?? {})) sum[id] = (sum[id] ?? 0) + s;
  const top = topicBranch(sum).filter((t) => t.score > 0 && t.children > 0);
  const below = top.flatMap((t) => topicBranch(sum, { branch: t.id }).filter((c) => c.score > 0 && c.children > 0));
  return [...top, ...below].slice(0, MAX_TOPICS).map(({ id, label }) => ({ id, label }));
}

export type TimelineGrain = 'episode' | 'quarter' | 'year';

interface TimelinePoint {
  x: number;
  id?: string;
  label: string;
  values: Record<string, number>;
}

/** Where a period (`2024` or `2024-Q2`, as the parser's periodOf names it) is drawn: the middle of it. */
function periodMiddle(key: string): number {
  const year = Number(key.slice(0, 4));
  const q = /-Q(\d)$/.exec(key);
  return q ? Date.UTC(year, (Number(q[1]) - 1) * 3 + 1, 15) : Date.UTC(year, 6, 1);
}

/**
 * Topic scores by date: per episode, or averaged over the episodes of each quarter or year (the binning of
 * nlp's corpusTopicTimeline, applied to the per-episode scores already computed, so nothing is re-parsed).
 */
export function topicTimeline(
  episodes: AnalyzedEpisode[],
  topics: TopicRef[],
  grain: TimelineGrain = 'episode',
): TimelinePoint[] {
  const dated = episodes
    .filter((e) => e.summary.date && !Number.isNaN(Date.parse(e.summary.date)))
    .map((e) => ({
      x: Date.parse(e.summary.date!),
      id: e.id,
      label: `${e.summary.date} · ${e.summary.title ?? e.id}`,
      values: Object.fromEntries(topics.map((t) => [t.id, e.summary.topics.find((u) => u.id === t.id)?.score ?? 0])),
    }))
    .sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
  if (grain === 'episode') return dated;
  const bins = new Map<string, { x: number; n: number; sums: Record<string, number> }>();
  for (const p of dated) {
    const key = periodOf(new Date(p.x).toISOString(), grain)!;
    const bin = bins.get(key) ?? { x: periodMiddle(key), n: 0, sums: Object.create(null) as Record<string, number> };
    bin.n++;
    for (const [id, v] of Object.entries(p.values)) bin.sums[id] = (bin.sums[id] ?? 0) + v;
    bins.set(key, bin);
  }
  return [...bins]
    .sort((a, b) => a[1].x - b[1].x)
    .map(([key, bin]) => ({
      x: bin.x,
      label: `${key} · ${bin.n} episode${bin.n === 1 ? '' : 's'}`,
      values: Object.fromEntries(Object.entries(bin.sums).map(([id, v]) => [id, Math.round((v / bin.n) * 1e4) / 1e4])),
    }));
}

export function hostShares(episodes: AnalyzedEpisode[]) {
  return episodes
    .filter((e) => e.hostShare !== null && e.summary.date && !Number.isNaN(Date.parse(e.summary.date)))
    .map((e) => ({
      id: e.id,
      title: e.summary.title ?? e.id,
      date: e.summary.date!,
      host: hostName(e) ?? 'host',
      hostShare: e.hostShare!,
    }));
}

/** Speakers with the most talk time across the corpus, each with their topic weights as shares of their row. */
export function topicSpeakerHeat(episodes: AnalyzedEpisode[], topics: TopicRef[]) {
  const talk = new Map<string, number>();
  const weights = new Map<string, Map<string, number>>();
  for (const e of episodes) {
    for (const s of e.summary.speakers) talk.set(s.name, (talk.get(s.name) ?? 0) + s.talkSeconds);
    for (const [name, byTopic] of Object.entries(e.speakerTopics)) {
      const row = weights.get(name) ?? new Map<string, number>();
      for (const [topic, w] of Object.entries(byTopic)) row.set(topic, (row.get(topic) ?? 0) + w);
      weights.set(name, row);
    }
  }
  const rows = [...talk]
    .filter(([name]) => weights.has(name))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_HEAT_ROWS)
    .map(([name]) => name);
  const values: Record<string, Record<string, number>> = {};
  for (const name of rows) {
    const row = weights.get(name)!;
    const sum = topics.reduce((s, t) => s + (row.get(t.id) ?? 0), 0) || 1;
    values[name] = Object.fromEntries(topics.map((t) => [t.id, (row.get(t.id) ?? 0) / sum]));
  }
  return { rows, columns: topics, values };
}
