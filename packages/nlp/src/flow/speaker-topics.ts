import type { Episode } from '@podlens/parser';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { topics, type Topic } from '../topics/topics.js';

/** Who talks about what: the taxonomy topics of each speaker's words. */
export function speakerTopics(
  episode: Episode,
  options: { taxonomy?: Taxonomy; limit?: number } = {},
): { speakerId: string; name: string; topics: Topic[] }[] {
  return episode.speakers.map((s) => ({
    speakerId: s.id,
    name: s.name,
    topics: topics({ episode, speakerId: s.id }, { taxonomy: options.taxonomy, limit: options.limit ?? 5 }),
  }));
}
