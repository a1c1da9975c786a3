import type { Topic } from '../topics/topics.js';
import { toSegment, type Target } from '../text/segment.js';
import type { DiscoveredTopicModel } from './discover-topics.js';
import { episodeSegments } from './episode-segments.js';

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const columns = new WeakMap<DiscoveredTopicModel, Map<string, number>>();

/**
 * The discovered topics of an episode or a segment, best first: it is cut into segments as `discoverTopics` cut the
 * corpus (a segment target keeps only its own part of them), each segment's TF-IDF vector (with the model's idf) goes
 * to the topic whose centroid is nearest by cosine, and a topic's score is its share of the words so placed.
 */
export function discoveredTopics(target: Target, model: DiscoveredTopicModel): Topic[] {
  if (!model || !Array.isArray(model.terms) || !Array.isArray(model.topics))
    throw new TypeError('discoveredTopics: expected a model from discoverTopics');
  if (model.topics.length === 0) return [];
  const segment = toSegment(target);
  let column = columns.get(model);
  if (!column) columns.set(model, (column = new Map(model.terms.map((t, i) => [t, i]))));
  const weights = new Float64Array(model.topics.length);
  for (const s of episodeSegments(segment.episode, model.windowSeconds, {
    start: segment.start,
    end: segment.end,
    speakerId: segment.speakerId,
  })) {
    const v = new Map<number, number>();
    let norm = 0;
    for (const [key, c] of s.counts) {
      const j = column.get(key);
      if (j === undefined) continue;
      const w = (1 + Math.log(c)) * model.idf[j]!;
      v.set(j, w);
      norm += w * w;
    }
    if (norm === 0) continue;
    let best = -1;
    let top = 0;
    model.topics.forEach((t, c) => {
      let dot = 0;
      for (const [j, w] of v) dot += w * t.vector[j]!;
      if (dot > top) [top, best] = [dot, c];
    });
    if (best >= 0) weights[best]! += s.words;
  }
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  return model.topics
    .map((t, c) => ({ id: t.id, label: t.label, score: round(weights[c]! / total) }))
    .filter((t) => t.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
