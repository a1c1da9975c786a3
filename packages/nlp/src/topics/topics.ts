import type { TagModel } from '../learn/train-tag-classifier.js';
import { predictTags } from '../learn/predict-tags.js';
import { compileTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { defaultTaxonomy } from '../taxonomy/default-taxonomy.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { segmentOccurrences, type Target } from '../text/segment.js';
import { topicScores } from './topic-scores.js';

export type TopicMethod = 'taxonomy' | 'learned';

export interface Topic {
  id: string;
  label: string;
  /** Share of the evidence (taxonomy) or probability (learned), 0 to 1. */
  score: number;
}

export interface TopicsOptions {
  taxonomy?: Taxonomy;
  /** `taxonomy` (default) scores the taxonomy's terms; `learned` asks a model from `trainTagClassifier`. */
  method?: TopicMethod;
  model?: TagModel;
  limit?: number;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The topics of an episode or a segment, best first. */
export function topics(target: Target, options: TopicsOptions = {}): Topic[] {
  const method = options.method ?? 'taxonomy';
  const taxonomy = options.taxonomy ?? defaultTaxonomy;
  const occurrences = segmentOccurrences(target);
  let list: Topic[];
  if (method === 'learned') {
    if (!options.model) throw new TypeError("topics: method 'learned' needs options.model (from trainTagClassifier)");
    const labels = new Map(taxonomy.topics.map((t) => [t.id, t.label]));
    list = predictTags(options.model, occurrences).map((p) => ({ id: p.label, label: labels.get(p.label) ?? p.label, score: round(p.probability) }));
  } else if (method === 'taxonomy') {
    const compiled = compileTaxonomy(taxonomy);
    const raw = topicScores(occurrences, compiled);
    const total = raw.reduce((a, b) => a + b, 0) || 1;
    list = compiled.ids.map((id, i) => ({ id, label: compiled.labels[i]!, score: round(raw[i]! / total) }));
  } else {
    throw new TypeError(`topics: unknown method '${String(method)}' (expected 'taxonomy' or 'learned')`);
  }
  list.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return options.limit === undefined ? list : list.slice(0, options.limit);
}
