export { tokenize, tokenSurfaces } from './text/tokenize.js';
export type { Token } from './text/tokenize.js';
export { extractTerms } from './text/extract-terms.js';
export type { TermHit } from './text/extract-terms.js';
export { stemWord } from './text/stem-word.js';
export { stopWords } from './text/stop-words.js';
export { indexTerms, analyzeEpisode } from './text/index-terms.js';
export type { TermOccurrence, EpisodeTerms } from './text/index-terms.js';
export type { Segment, Target } from './text/segment.js';
export { buildCorpusStats } from './corpus/build-corpus-stats.js';
export type { CorpusStats } from './corpus/build-corpus-stats.js';
export { keywords } from './keywords/keywords.js';
export type { Keyword, KeywordOccurrence, KeywordsOptions } from './keywords/keywords.js';
export { topics } from './topics/topics.js';
export type { Topic, TopicsOptions, TopicMethod } from './topics/topics.js';
export { topicBranch } from './topics/topic-branch.js';
export type { BranchTopic, TopicBranchOptions } from './topics/topic-branch.js';
export { lowTopicCoverage, topicCoverage } from './topics/topic-coverage.js';
export type { TopicCoverage, TopicCoverageOptions } from './topics/topic-coverage.js';
export { defaultTaxonomy } from './taxonomy/default-taxonomy.js';
export { loadTaxonomy } from './taxonomy/load-taxonomy.js';
export type { LoadTaxonomyOptions } from './taxonomy/load-taxonomy.js';
export type { Taxonomy, TaxonomyTopic } from './taxonomy/taxonomy.js';
export { mapTag } from './taxonomy/map-tag.js';
export { trainTagClassifier, trainTagClassifierOnTerms, termCounts } from './learn/train-tag-classifier.js';
export type { TagModel, TrainTagClassifierOptions, LabelledTerms } from './learn/train-tag-classifier.js';
export { predictTags } from './learn/predict-tags.js';
export { recallAtK } from './evaluate/recall-at-k.js';
export { topicFlow } from './flow/topic-flow.js';
export type { TopicFlow, TopicFlowBin, TopicFlowOptions } from './flow/topic-flow.js';
export { speakerTopics } from './flow/speaker-topics.js';
export { corpusTopicTimeline } from './flow/corpus-topic-timeline.js';
export type { TimelineBin, TimelinePeriod } from './flow/corpus-topic-timeline.js';
export { autoChapters } from './chapters/auto-chapters.js';
export type { AutoChapter, AutoChaptersOptions } from './chapters/auto-chapters.js';
export { fixedChapters } from './chapters/fixed-chapters.js';
export { pk, windowDiff } from './evaluate/segmentation-error.js';
export type { SegmentationErrorOptions } from './evaluate/segmentation-error.js';
export { discoverTopics } from './discover/discover-topics.js';
export type {
  DiscoveredSegment,
  DiscoveredTopic,
  DiscoveredTopicModel,
  DiscoveredTopics,
  DiscoverTopicsOptions,
} from './discover/discover-topics.js';
export { discoveredTopics } from './discover/discovered-topics.js';
export { topicDocument } from './discover/topic-document.js';
export type { TopicDocument } from './discover/topic-document.js';
export { enrichSummary } from './enrich/enrich-summary.js';
export type { Enrichment, EnrichOptions } from './enrich/enrich-summary.js';
export { readTranscript } from './pipeline/read-transcript.js';
export type { ReadTranscriptOptions } from './pipeline/read-transcript.js';
export { amendParse } from './pipeline/amend-parse.js';
export type { AmendParseOptions } from './pipeline/amend-parse.js';
export { summarizeTranscript } from './pipeline/summarize-transcript.js';
export type { SummarizeTranscriptOptions, TranscriptAnalysis } from './pipeline/summarize-transcript.js';
export { transcriptDetail } from './pipeline/transcript-detail.js';
export type { TranscriptDetail } from './pipeline/transcript-detail.js';
export { analyzeTranscript } from './pipeline/analyze-transcript.js';
export type { AnalyzeTranscriptOptions } from './pipeline/analyze-transcript.js';
