import type { Episode } from '@podlens/parser';
import { analyzeEpisode } from '../text/analyze-episode.js';
import { displayForm } from '../keywords/display-form.js';

export interface DiscoverTopicsOptions {
  /** Length of the time windows that episodes without chapters are cut into; default 300 s. */
  windowSeconds?: number;
  /** Most clusters tried; default 12. The number used is the one with the best silhouette, from 2 up. */
  maxTopics?: number;
  /** Phrases per topic label; default 5. */
  phrases?: number;
}

export interface DiscoveredTopic {
  id: string;
  /** The top three phrases. */
  label: string;
  /** Top phrases by c-TF-IDF, best first. */
  phrases: string[];
  /** Segments in the cluster. */
  size: number;
}

export interface DiscoveredSegment {
  /** Index of the episode in the input. */
  episode: number;
  start: number;
  end: number;
  /** Index in `topics`. */
  topic: number;
}

export interface DiscoveredTopics {
  topics: DiscoveredTopic[];
  segments: DiscoveredSegment[];
  /** Mean silhouette (cosine) of the clustering chosen. */
  silhouette: number;
}

type Sparse = { index: Int32Array; value: Float64Array };

function sparseDot(a: Sparse, dense: Float64Array): number {
  let s = 0;
  for (let j = 0; j < a.index.length; j++) s += a.value[j]! * dense[a.index[j]!]!;
  return s;
}

/** Spherical k-means with deterministic farthest-point seeding. */
function kMeans(x: Sparse[], k: number, dims: number): Int32Array {
  const centroids: Float64Array[] = [];
  const scatter = (v: Sparse) => {
    const d = new Float64Array(dims);
    for (let j = 0; j < v.index.length; j++) d[v.index[j]!] = v.value[j]!;
    return d;
  };
  centroids.push(scatter(x[0]!));
  const best = new Float64Array(x.length).fill(-Infinity);
  while (centroids.length < k) {
    const c = centroids.at(-1)!;
    let far = 0;
    for (let i = 0; i < x.length; i++) {
      best[i] = Math.max(best[i]!, sparseDot(x[i]!, c));
      if (best[i]! < best[far]!) far = i;
    }
    centroids.push(scatter(x[far]!));
  }
  const assign = new Int32Array(x.length).fill(-1);
  for (let it = 0; it < 30; it++) {
    let moved = 0;
    for (let i = 0; i < x.length; i++) {
      let arg = 0;
      let top = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = sparseDot(x[i]!, centroids[c]!);
        if (s > top) [top, arg] = [s, c];
      }
      if (assign[i] !== arg) moved++;
      assign[i] = arg;
    }
    if (moved === 0) break;
    for (const c of centroids) c.fill(0);
    for (let i = 0; i < x.length; i++) {
      const c = centroids[assign[i]!]!;
      const v = x[i]!;
      for (let j = 0; j < v.index.length; j++) c[v.index[j]!]! += v.value[j]!;
    }
    for (const c of centroids) {
      let n = 0;
      for (let f = 0; f < dims; f++) n += c[f]! * c[f]!;
      n = Math.sqrt(n) || 1;
      for (let f = 0; f < dims; f++) c[f]! /= n;
    }
  }
  return assign;
}

/** Mean silhouette with cosine distance over (a deterministic sample of) the points. */
function silhouette(x: Sparse[], assign: Int32Array, k: number, dims: number): number {
  const step = Math.max(1, Math.ceil(x.length / 400));
  const sample: number[] = [];
  for (let i = 0; i < x.length; i += step) sample.push(i);
  const dense = new Float64Array(dims);
  let total = 0;
  for (const i of sample) {
    const v = x[i]!;
    for (let j = 0; j < v.index.length; j++) dense[v.index[j]!] = v.value[j]!;
    const sum = new Float64Array(k);
    const count = new Float64Array(k);
    for (const o of sample) {
      if (o === i) continue;
      sum[assign[o]!]! += 1 - sparseDot(x[o]!, dense);
      count[assign[o]!]!++;
    }
    for (let j = 0; j < v.index.length; j++) dense[v.index[j]!] = 0;
    const own = assign[i]!;
    if (count[own] === 0) continue;
    const a = sum[own]! / count[own]!;
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && count[c]! > 0) b = Math.min(b, sum[c]! / count[c]!);
    if (Number.isFinite(b)) total += (b - a) / Math.max(a, b, 1e-12);
  }
  return sample.length ? total / sample.length : 0;
}

function contains(longer: string, shorter: string): boolean {
  return ` ${longer} `.includes(` ${shorter} `);
}

/**
 * Topics of a corpus without a taxonomy: episodes are cut into segments (their chapters, else time
 * windows), the segments' TF-IDF vectors are clustered (spherical k-means, the number of clusters the
 * one with the best silhouette), and each cluster is labelled by its top phrases by c-TF-IDF.
 */
export function discoverTopics(episodes: readonly Episode[], options: DiscoverTopicsOptions = {}): DiscoveredTopics {
  if (!Array.isArray(episodes)) throw new TypeError('discoverTopics: expected an array of episodes');
  const windowSeconds = options.windowSeconds ?? 300;
  if (!(windowSeconds > 0)) throw new TypeError(`discoverTopics: windowSeconds must be positive, got ${String(options.windowSeconds)}`);
  const maxTopics = Math.floor(options.maxTopics ?? 12);
  if (!(maxTopics >= 2)) throw new TypeError(`discoverTopics: maxTopics must be 2 or more, got ${String(options.maxTopics)}`);
  const phraseCount = options.phrases ?? 5;

  // Segments and their term counts.
  const segments: DiscoveredSegment[] = [];
  const counts: Map<string, number>[] = [];
  const surfaces = new Map<string, string[]>();
  episodes.forEach((episode, e) => {
    const duration = Math.max(episode.durationSeconds, episode.turns.at(-1)?.end ?? 0);
    const chapterStarts: number[] = episode.chapters.length >= 2 ? episode.chapters.map((c: { start: number }) => c.start).sort((a: number, b: number) => a - b) : [];
    const starts: number[] = chapterStarts.length ? chapterStarts : Array.from({ length: Math.max(1, Math.ceil(duration / windowSeconds)) }, (_, i) => i * windowSeconds);
    const first = segments.length;
    starts.forEach((start: number, i: number) => {
      segments.push({ episode: e, start, end: starts[i + 1] ?? duration, topic: -1 });
      counts.push(new Map());
    });
    const { occurrences, nameKeys } = analyzeEpisode(episode);
    let s = 0;
    for (const o of occurrences) {
      if (o.n > 2 || o.key.split(' ').some((k) => nameKeys.has(k))) continue;
      while (s + 1 < starts.length && starts[s + 1]! <= o.time) s++;
      const m = counts[first + s]!;
      m.set(o.key, (m.get(o.key) ?? 0) + 1);
      const list = surfaces.get(o.key);
      if (!list) surfaces.set(o.key, [o.surface]);
      else if (list.length < 20) list.push(o.surface);
    }
  });
  const nonEmpty = segments.map((_, i) => i).filter((i) => counts[i]!.size > 0);
  if (nonEmpty.length < 2) return { topics: [], segments: [], silhouette: 0 };

  // TF-IDF vectors over terms in at least two segments and at most half of them.
  const df = new Map<string, number>();
  for (const i of nonEmpty) for (const key of counts[i]!.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  for (const [key, n] of df) if (n >= 2 && n <= nonEmpty.length / 2) vocabulary.set(key, vocabulary.size);
  const x: Sparse[] = nonEmpty.map((i) => {
    const index: number[] = [];
    const value: number[] = [];
    for (const [key, c] of counts[i]!) {
      const f = vocabulary.get(key);
      if (f === undefined) continue;
      index.push(f);
      value.push((1 + Math.log(c)) * Math.log(nonEmpty.length / df.get(key)!));
    }
    const norm = Math.sqrt(value.reduce((a, v) => a + v * v, 0)) || 1;
    return { index: Int32Array.from(index), value: Float64Array.from(value, (v) => v / norm) };
  });

  // The number of clusters with the best silhouette.
  let chosen: { k: number; assign: Int32Array; score: number } = { k: 0, assign: new Int32Array(0), score: -Infinity };
  for (let k = 2; k <= Math.min(maxTopics, x.length - 1); k++) {
    const assign = kMeans(x, k, vocabulary.size);
    const score = silhouette(x, assign, k, vocabulary.size);
    if (score > chosen.score) chosen = { k, assign, score };
  }
  if (chosen.k === 0) chosen = { k: 1, assign: new Int32Array(x.length), score: 0 };

  // c-TF-IDF: a term's frequency in a cluster against its frequency in all clusters.
  const classCounts = Array.from({ length: chosen.k }, () => new Map<string, number>());
  const classWords = new Float64Array(chosen.k);
  const totals = new Map<string, number>();
  nonEmpty.forEach((i, j) => {
    const c = chosen.assign[j]!;
    for (const [key, n] of counts[i]!) {
      if (!vocabulary.has(key)) continue;
      classCounts[c]!.set(key, (classCounts[c]!.get(key) ?? 0) + n);
      classWords[c]! += n;
      totals.set(key, (totals.get(key) ?? 0) + n);
    }
  });
  const averageWords = classWords.reduce((a, b) => a + b, 0) / chosen.k;
  const topics: DiscoveredTopic[] = classCounts.map((m, c) => {
    const ranked = [...m]
      .map(([key, n]) => ({ key, score: (n / (classWords[c] || 1)) * Math.log(1 + averageWords / totals.get(key)!) * (key.includes(' ') ? 1.4 : 1) }))
      .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
    const picked: string[] = [];
    for (const r of ranked) {
      if (picked.length >= phraseCount) break;
      if (picked.some((p) => contains(p, r.key) || contains(r.key, p))) continue;
      picked.push(r.key);
    }
    const phrases = picked.map((key) => displayForm(surfaces.get(key) ?? [key]));
    return { id: `discovered-${c + 1}`, label: phrases.slice(0, 3).join(', '), phrases, size: 0 };
  });
  const out: DiscoveredSegment[] = [];
  nonEmpty.forEach((i, j) => {
    const topic = chosen.assign[j]!;
    topics[topic]!.size++;
    out.push({ ...segments[i]!, topic });
  });
  return { topics, segments: out, silhouette: Math.round(chosen.score * 1e4) / 1e4 };
}
