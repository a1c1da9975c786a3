import type { Archive } from '@podlens/archive';

/** What the search form offers: the topics that lead some episode, the formats, and the speakers most often heard. */
export interface SearchChoices {
  topics: { id: string; label: string; episodes: number }[];
  formats: string[];
  speakers: string[];
}

/** At most this many speaker names go to the form's suggestions. */
export const SPEAKER_CHOICES = 300;

export function searchChoices(db: Archive): SearchChoices {
  return {
    // The search's topic filter takes an episode's first five topics (search-archive.ts): the same ones here.
    topics: db
      .prepare(
        'SELECT topic_id AS id, min(label) AS label, count(*) AS episodes FROM episode_topics WHERE rank < 5 GROUP BY topic_id ORDER BY episodes DESC, label',
      )
      .all() as SearchChoices['topics'],
    formats: db.prepare('SELECT DISTINCT format FROM episodes ORDER BY format').pluck().all() as string[],
    speakers: db
      .prepare(`SELECT name FROM speakers GROUP BY lower(name) ORDER BY count(*) DESC, name LIMIT ${SPEAKER_CHOICES}`)
      .pluck()
      .all() as string[],
  };
}
