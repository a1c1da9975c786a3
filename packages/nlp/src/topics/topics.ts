import type { TagModel } from '../learn/train-tag-classifier.js';
import { predictTagsOfTerms } from '../learn/predict-tags.js';
import { branchIndices } from '../taxonomy/branch-indices.js';
import { compileTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { defaultTaxonomy } from '../taxonomy/default-taxonomy.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { segmentTerms, type Target } from '../text/segment.js';
import { rollUpScores } from './roll-up-scores.js';
import { topicScores } from './topic-scores.js';

export type TopicMethod = 'taxonomy' | 'learned' | 'combined';

export interface Topic {
  id: string;
  label: string;
  /** Share of the evidence (taxonomy), probability (learned), or their blend (combined), 0 to 1. */
  score: number;
}

export interface TopicsOptions {
  taxonomy?: Taxonomy;
  /**
   * `taxonomy` (default) scores the taxonomy's terms; `learned` asks a model from `trainTagClassifier`;
   * `combined` adds the model's probability to the taxonomy evidence (relative to the episode's best topic).
   */
  method?: TopicMethod;
  model?: TagModel;
  /** Weight of the taxonomy evidence against the model's probability in `combined`; default 1 (equal weights; nested cross-validation on the DTC corpus chose 1 in 9 of 10 folds). */
  taxonomyWeight?: number;
  limit?: number;
  /**
   * `top`: only the top-level topics, each scored with its whole branch (its own score plus its descendants').
   * Without `level` or `branch`, every topic is ranked by its own score: the most specific topics spoken of.
   */
  level?: 'top';
  /** A topic id: only its children, each scored with its whole branch. */
  branch?: string;
}

const methods: readonly TopicMethod[] = ['taxonomy', 'learned', 'combined'];
const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The topics of an episode or a segment, best first. */
export function topics(target: Target, options: TopicsOptions = {}): Topic[] {
  const method = options.method ?? 'taxonomy';
  if (!methods.includes(method))
    throw new TypeError(`topics: unknown method '${String(method)}' (expected one of ${methods.join(', ')})`);
  const taxonomy = options.taxonomy ?? defaultTaxonomy;
  const model = options.model;
  if (method !== 'taxonomy' && !model)
    throw new TypeError(`topics: method '${method}' needs options.model (from trainTagClassifier)`);
  const weight = options.taxonomyWeight ?? 1;
  if (!(weight >= 0))
    throw new TypeError(`topics: taxonomyWeight must be a number >= 0, got ${String(options.taxonomyWeight)}`);
  if (options.level !== undefined && options.level !== 'top')
    throw new TypeError(`topics: unknown level '${String(options.level)}' (expected 'top')`);
  if (options.level !== undefined && options.branch !== undefined)
    throw new TypeError('topics: give level or branch, not both');
  const { terms, selection } = segmentTerms(target);
  const compiled = compileTaxonomy(taxonomy);
  const scores = new Map<string, number>();
  if (method !== 'learned') {
    const raw = topicScores(terms, selection, compiled);
    const total = raw.reduce((a, b) => a + b, 0) || 1;
    const best = Math.max(...raw) || 1;
    compiled.ids.forEach((id, i) =>
      scores.set(id, method === 'taxonomy' ? raw[i]! / total : (weight * raw[i]!) / best / (1 + weight)),
    );
  }
  if (model) {
    if (method !== 'taxonomy') {
      for (const p of predictTagsOfTerms(model, terms, selection)) {
        const share = method === 'combined' ? 1 / (1 + weight) : 1;
        scores.set(p.label, (scores.get(p.label) ?? 0) + share * p.probability);
      }
    }
  }
  if (options.level !== undefined || options.branch !== undefined) {
    const level = branchIndices(compiled, options.branch, 'topics');
    const total = rollUpScores(
      Float64Array.from(compiled.ids, (id) => scores.get(id) ?? 0),
      compiled,
    );
    scores.clear();
    for (const i of level) scores.set(compiled.ids[i]!, total[i]!);
  }
  const list = [...scores].map(([id, s]) => ({ id, label: compiled.labelOf.get(id) ?? id, score: round(s) }));
  const rank = compiled.idRank;
  const byId = (a: string, b: string) => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    return ra !== undefined && rb !== undefined ? ra - rb : a.localeCompare(b);
  };
  list.sort((a, b) => b.score - a.score || byId(a.id, b.id));
  return options.limit === undefined ? list : list.slice(0, options.limit);
}
