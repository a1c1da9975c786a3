import { compileTaxonomy } from '../taxonomy/compile-taxonomy.js';
import { defaultTaxonomy } from '../taxonomy/default-taxonomy.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { segmentTerms, type Target } from '../text/segment.js';
import { occurrenceForms } from './topic-scores.js';

export interface TopicCoverage {
  /** Share of the content words (stop words aside) said inside a taxonomy term of weight 1 or more, 0 to 1. */
  share: number;
  /** `share` is below `lowTopicCoverage`: the taxonomy says little about what is talked about. */
  low: boolean;
}

/**
 * Below this share of its content words in taxonomy terms an episode is low coverage: half the lowest share measured
 * on real podcasts (the DTC corpus 0.17 to 0.40, median 0.29; the eleven other podcasts of docs/topics.md 0.15 to 0.30).
 */
export const lowTopicCoverage = 0.08;

export interface TopicCoverageOptions {
  taxonomy?: Taxonomy;
}

/** How much of what an episode (or a segment) says the taxonomy's terms cover. */
export function topicCoverage(target: Target, options: TopicCoverageOptions = {}): TopicCoverage {
  const compiled = compileTaxonomy(options.taxonomy ?? defaultTaxonomy);
  const { terms, selection } = segmentTerms(target);
  const formOf = occurrenceForms(terms, compiled);
  const size = selection === undefined ? terms.count : selection.length;
  let words = 0;
  let covered = 0;
  let group = -1;
  let starts: number[] = [];
  let spans: [number, number][] = [];
  const flush = () => {
    words += starts.length;
    if (spans.length === 0 || starts.length === 0) return;
    spans.sort((a, b) => a[0] - b[0]);
    starts.sort((a, b) => a - b);
    let s = 0;
    let reach = -1;
    for (const w of starts) {
      while (s < spans.length && spans[s]![0] <= w) reach = Math.max(reach, spans[s++]![1]);
      if (w < reach) covered++;
    }
  };
  for (let j = 0; j < size; j++) {
    const i = selection === undefined ? j : selection[j]!;
    const key = terms.turn[i]! * 65536 + terms.paragraph[i]!;
    if (key !== group) {
      flush();
      group = key;
      starts = [];
      spans = [];
    }
    const offset = terms.offset[i]!;
    if (terms.keyWords[terms.term[i]!] === 1) starts.push(offset);
    const form = formOf(i);
    if (form !== undefined && compiled.evidence.has(form)) spans.push([offset, offset + terms.length[i]!]);
  }
  flush();
  const share = words > 0 ? covered / words : 0;
  return { share: Math.round(share * 1e4) / 1e4, low: words > 0 && share < lowTopicCoverage };
}
