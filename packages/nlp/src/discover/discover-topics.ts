import type { Episode } from '@podlens/parser';
import { displayForm } from '../keywords/display-form.js';
import { latentSemanticSpace } from './latent-semantic-space.js';
import { clusterTerms, type DiscoveryCorpus } from './cluster-terms.js';
import { sparseRows } from './sparse-rows.js';
import { topicCandidate, type TopicCandidate } from './topic-candidate.js';
import { topicCounts } from './topic-counts.js';
import { topicDocument, type TopicDocument } from './topic-document.js';

export interface DiscoverTopicsOptions {
  /** Length of the time windows that episodes without chapters are cut into; default 300 s. */
  windowSeconds?: number;
  /** Fewest clusters tried; default 4 (fewer where the corpus is small). */
  minTopics?: number;
  /** Most clusters tried; default 30 (at most a fifth of the segments). The number used is the most coherent. */
  maxTopics?: number;
  /** Phrases per topic label; default 5. */
  phrases?: number;
  /** Terms said in more than this share of the episodes are the show's common talk and are left out; default 0.5. */
  maxEpisodeShare?: number;
  /** Dimensions of the latent semantic space the segments are clustered in; default 30. */
  dimensions?: number;
  /** Seed of the random projections and of the clusters' seeding; default 1. */
  seed?: number;
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

/** What `discoveredTopics` needs to score any episode: plain data that survives JSON and `postMessage`. */
export interface DiscoveredTopicModel {
  windowSeconds: number;
  /** Term keys (as `indexTerms` gives them). */
  terms: string[];
  /** Inverse segment frequency of each of `terms`. */
  idf: number[];
  /** Each topic's unit centroid over `terms`. */
  topics: { id: string; label: string; vector: number[] }[];
}

export interface DiscoveredTopics {
  topics: DiscoveredTopic[];
  segments: DiscoveredSegment[];
  /** How the number of topics was chosen: the largest mean NPMI of the topics' top ten terms. */
  criterion: 'npmi';
  /** Mean NPMI coherence (-1 to 1) of the topics chosen, over the segments. */
  coherence: number;
  /** The coherence of every number of topics tried. */
  candidates: { k: number; coherence: number }[];
  /** Mean silhouette (cosine, in the latent space) of the clustering chosen, for reference. */
  silhouette: number;
  model: DiscoveredTopicModel;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Mean silhouette (cosine distance) over a deterministic sample of at most 400 rows. */
function silhouette(points: Float64Array, width: number, assign: Int32Array, k: number): number {
  const rows = assign.length;
  const norms = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    for (let c = 0; c < width; c++) s += points[i * width + c]! ** 2;
    norms[i] = Math.sqrt(s) || 1;
  }
  const step = Math.max(1, Math.ceil(rows / 400));
  const sample: number[] = [];
  for (let i = 0; i < rows; i += step) sample.push(i);
  let total = 0;
  for (const i of sample) {
    const sum = new Float64Array(k);
    const count = new Float64Array(k);
    for (const o of sample) {
      if (o === i) continue;
      let dot = 0;
      for (let c = 0; c < width; c++) dot += points[i * width + c]! * points[o * width + c]!;
      sum[assign[o]!]! += 1 - dot / norms[i]! / norms[o]!;
      count[assign[o]!]!++;
    }
    const own = assign[i]!;
    if (count[own] === 0) continue;
    const a = sum[own]! / count[own]!;
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && count[c]! > 0) b = Math.min(b, sum[c]! / count[c]!);
    if (Number.isFinite(b)) total += (b - a) / Math.max(a, b, 1e-12);
  }
  return sample.length ? total / sample.length : 0;
}

/**
 * Topics of a corpus without a taxonomy. Episodes are cut into segments (their chapters, else time windows); terms
 * said in most episodes (the show's common talk, intros and outros) are left out; the segments' TF-IDF vectors are
 * projected onto a latent semantic space and clustered by spherical k-means for every number of clusters in a range,
 * and the number kept is the one whose clusters' top terms are most coherent (mean NPMI over the segments, the
 * usual criterion for topic models). Each cluster is labelled by its top phrases by c-TF-IDF, and `model` scores
 * any other episode with `discoveredTopics`. The input is episodes, or what `topicDocument` gives of each (cut with the
 * same `windowSeconds`), which is the same.
 */
export function discoverTopics(
  episodes: readonly (Episode | TopicDocument)[],
  options: DiscoverTopicsOptions = {},
): DiscoveredTopics {
  const prepared = prepareDiscovery(episodes, options);
  return chooseDiscoveredTopics(
    prepared,
    prepared.counts.map((k) => topicCandidate(prepared.corpus!, k)),
  );
}

/** A corpus made ready for clustering, and what `chooseDiscoveredTopics` needs to finish the topics. */
export interface PreparedDiscovery {
  /** Absent where there is too little to cluster (fewer than two segments, no terms). */
  corpus?: DiscoveryCorpus;
  /** The numbers of topics to try (none without a corpus). */
  counts: number[];
  segments: DiscoveredSegment[];
  /** Up to 20 written forms of each of `keys`, in the order said in the episodes. */
  surfaces: (keys: readonly string[]) => Map<string, string[]>;
  idf: number[];
  windowSeconds: number;
  phrases: number;
}

/**
 * The first step of `discoverTopics` (which see): segments, vocabulary, TF-IDF rows and the latent semantic space,
 * and the numbers of topics to try, each of which `topicCandidate` clusters (on any thread: the corpus is plain data).
 */
export function prepareDiscovery(
  episodes: readonly (Episode | TopicDocument)[],
  options: DiscoverTopicsOptions = {},
): PreparedDiscovery {
  if (!Array.isArray(episodes)) throw new TypeError('discoverTopics: expected an array of episodes');
  const windowSeconds = options.windowSeconds ?? 300;
  if (!(windowSeconds > 0))
    throw new TypeError(`discoverTopics: windowSeconds must be positive, got ${String(options.windowSeconds)}`);
  const maxTopics = Math.floor(options.maxTopics ?? 30);
  if (!(maxTopics >= 2))
    throw new TypeError(`discoverTopics: maxTopics must be 2 or more, got ${String(options.maxTopics)}`);
  const minTopics = Math.floor(options.minTopics ?? 4);
  if (!(minTopics >= 1 && minTopics <= maxTopics))
    throw new TypeError(`discoverTopics: minTopics must be 1 to maxTopics, got ${String(options.minTopics)}`);
  const maxEpisodeShare = options.maxEpisodeShare ?? 0.5;
  if (!(maxEpisodeShare > 0 && maxEpisodeShare <= 1))
    throw new TypeError(`discoverTopics: maxEpisodeShare must be in (0, 1], got ${String(options.maxEpisodeShare)}`);
  const phraseCount = options.phrases ?? 5;
  const seed = options.seed ?? 1;
  const empty: PreparedDiscovery = {
    counts: [],
    segments: [],
    surfaces: () => new Map(),
    idf: [],
    windowSeconds,
    phrases: phraseCount,
  };

  // Segments with any terms, and in how many segments and episodes each term is said (terms numbered as first met).
  const segments: DiscoveredSegment[] = [];
  const said: { terms: Int32Array; counts: Int32Array }[] = [];
  const documents: TopicDocument[] = [];
  // Each document's terms by their number in `keys`.
  const local: number[][] = [];
  const index = new Map<string, number>();
  const keys: string[] = [];
  let segmentDf = new Int32Array(1024);
  let episodeDf = new Int32Array(1024);
  let lastEpisode = new Int32Array(1024);
  episodes.forEach((input, e) => {
    const document: TopicDocument =
      'segments' in input ? (input as TopicDocument) : topicDocument(input, { windowSeconds });
    if (document.windowSeconds !== windowSeconds)
      throw new TypeError(
        `discoverTopics: a document was cut into ${document.windowSeconds} s windows, expected ${windowSeconds}`,
      );
    documents.push(document);
    const ids = document.terms.map((key) => {
      let id = index.get(key);
      if (id === undefined) index.set(key, (id = keys.push(key) - 1));
      return id;
    });
    local.push(ids);
    if (keys.length > segmentDf.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(Math.max(keys.length, a.length * 2));
        b.set(a);
        return b;
      };
      [segmentDf, episodeDf, lastEpisode] = [grow(segmentDf), grow(episodeDf), grow(lastEpisode)];
    }
    for (const s of document.segments) {
      segments.push({ episode: e, start: s.start, end: s.end, topic: -1 });
      const terms = Int32Array.from(s.terms, (t) => ids[t]!);
      said.push({ terms, counts: s.counts });
      for (const id of terms) {
        segmentDf[id]!++;
        if (lastEpisode[id] !== e + 1) {
          lastEpisode[id] = e + 1;
          episodeDf[id]!++;
        }
      }
    }
  });
  const n = segments.length;
  if (n < 2) return empty;

  // The vocabulary: terms in two or more segments (and, in a corpus of several episodes, two or more episodes, so that
  // one episode's pet words make no topic), and in no more than maxEpisodeShare of the episodes.
  const episodeCount = new Set(segments.map((s) => s.episode)).size;
  const minEpisodes = episodeCount >= 4 ? 2 : 1;
  const terms: string[] = [];
  keys.forEach((key, id) => {
    const [df, edf] = [segmentDf[id]!, episodeDf[id]!];
    if (df >= 2 && edf >= minEpisodes && (episodeCount < 4 || edf <= maxEpisodeShare * episodeCount) && df < n)
      terms.push(key);
  });
  terms.sort();
  if (terms.length === 0) return empty;
  const column = new Int32Array(keys.length).fill(-1);
  terms.forEach((t, j) => (column[index.get(t)!] = j));
  const idf = terms.map((t) => Math.log(n / segmentDf[index.get(t)!]!));
  // Each segment's TF-IDF entries, in the order its terms were said, and the times each is said.
  const rows = said.map((s) => {
    const r: [number, number][] = [];
    for (let i = 0; i < s.terms.length; i++) {
      const j = column[s.terms[i]!]!;
      if (j >= 0) r.push([j, (1 + Math.log(s.counts[i]!)) * idf[j]!]);
    }
    return r;
  });
  const x = sparseRows(rows, terms.length);
  // The times each stored entry of x is said, in x's order.
  const rawCounts = new Float64Array(x.value.length);
  said.forEach((s, i) => {
    const entries: [number, number][] = [];
    for (let t = 0; t < s.terms.length; t++) {
      const j = column[s.terms[t]!]!;
      if (j >= 0) entries.push([j, s.counts[t]!]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    for (let j = x.start[i]!; j < x.start[i + 1]!; j++) rawCounts[j] = entries[j - x.start[i]!]![1];
  });

  const corpus: DiscoveryCorpus = {
    terms,
    x,
    counts: rawCounts,
    boost: Float64Array.from(terms, (t) => (t.includes(' ') ? 1.4 : 1)),
    ...latentSemanticSpace(x, { dimensions: options.dimensions ?? 30, seed }),
    seed,
  };
  // Every number of clusters in the range, in the latent space; the most coherent is kept.
  const kMax = Math.max(1, Math.min(maxTopics, Math.floor(n / 5)));
  const kMin = Math.min(minTopics, kMax);
  const surfaces = (wanted: readonly string[]) => {
    const out = new Map<string, string[]>();
    const ids = new Set(wanted.map((key) => index.get(key)));
    documents.forEach((document, d) =>
      local[d]!.forEach((id, t) => {
        if (!ids.has(id)) return;
        const list = out.get(keys[id]!);
        const forms = document.surfaces[t]!;
        if (!list) out.set(keys[id]!, forms.slice(0, 20));
        else if (list.length < 20) list.push(...forms.slice(0, 20 - list.length));
      }),
    );
    return out;
  };
  return { corpus, counts: topicCounts(kMin, kMax), segments, surfaces, idf, windowSeconds, phrases: phraseCount };
}

/**
 * The topics of a prepared corpus from its candidates (`topicCandidate` of each of `prepared.counts`, in any order):
 * the most coherent number of clusters, the first of equals; its clusters labelled, sized and made a model.
 */
export function chooseDiscoveredTopics(
  prepared: PreparedDiscovery,
  tried: readonly TopicCandidate[],
): DiscoveredTopics {
  const { corpus, segments, idf, windowSeconds } = prepared;
  if (!corpus)
    return {
      topics: [],
      segments: [],
      criterion: 'npmi',
      coherence: 0,
      candidates: [],
      silhouette: 0,
      model: { windowSeconds, terms: [], idf: [], topics: [] },
    };
  const { terms, x, embedding, width } = corpus;
  const n = x.rows;
  const candidates: { k: number; coherence: number }[] = [];
  let chosen: { k: number; assign: Int32Array; coherence: number } = {
    k: 0,
    assign: new Int32Array(n),
    coherence: -Infinity,
  };
  for (const k of prepared.counts) {
    const candidate = tried.find((c) => c.k === k);
    if (!candidate) throw new TypeError(`chooseDiscoveredTopics: no candidate of ${k} topics`);
    candidates.push({ k, coherence: round(candidate.coherence) });
    if (candidate.coherence > chosen.coherence + 1e-12)
      chosen = { k: candidate.clusters, assign: candidate.assign, coherence: candidate.coherence };
  }

  // Topics numbered by size, largest first.
  const sizes = new Array<number>(chosen.k).fill(0);
  for (const c of chosen.assign) sizes[c]!++;
  const order = sizes.map((_, c) => c).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const rank = new Map(order.map((c, i) => [c, i]));
  const assign = chosen.assign.map((c) => rank.get(c)!);
  const top = clusterTerms(corpus, assign, chosen.k, prepared.phrases);
  const surfaces = prepared.surfaces(top.flat().map((j) => terms[j]!));
  const centroids = Array.from({ length: chosen.k }, () => new Float64Array(terms.length));
  for (let i = 0; i < n; i++) {
    const centroid = centroids[assign[i]!]!;
    for (let j = x.start[i]!; j < x.start[i + 1]!; j++) centroid[x.column[j]!]! += x.value[j]!;
  }
  const topics: DiscoveredTopic[] = top.map((picked, c) => {
    const phrases = picked.map((j) => displayForm(surfaces.get(terms[j]!) ?? [terms[j]!]));
    return { id: `discovered-${c + 1}`, label: phrases.slice(0, 3).join(', '), phrases, size: sizes[order[c]!]! };
  });
  const model: DiscoveredTopicModel = {
    windowSeconds,
    terms,
    idf: idf.map((v) => Math.round(v * 1e6) / 1e6),
    topics: topics.map((t, c) => {
      const v = centroids[c]!;
      const norm = Math.sqrt(v.reduce((s, y) => s + y * y, 0)) || 1;
      return { id: t.id, label: t.label, vector: Array.from(v, (y) => Math.round((y / norm) * 1e6) / 1e6) };
    }),
  };
  return {
    topics,
    segments: segments.map((s, i) => ({ ...s, topic: assign[i]! })),
    criterion: 'npmi',
    coherence: round(chosen.coherence),
    candidates,
    silhouette: round(silhouette(embedding, width, assign, chosen.k)),
    model,
  };
}
