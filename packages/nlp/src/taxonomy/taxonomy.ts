export interface TaxonomyTopic {
  id: string;
  label: string;
  /** The id of the topic this one is a part of; none for a top-level topic. */
  parent?: string;
  /** Other names of the topic, such as the tags people give episodes about it. */
  aliases: string[];
  /** Words and phrases that speak of the topic, with weights (1 = plain evidence, 3 = the topic's own name). */
  terms: Record<string, number>;
}

export interface Taxonomy {
  version: 1;
  topics: TaxonomyTopic[];
}
