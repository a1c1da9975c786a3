import { UNITS_PER_EPISODE, type Archive } from './open-archive.js';
import { findPhrase } from './find-phrase.js';
import { ftsExpression, parseQuery } from './parse-query.js';
import { isIndexToken, searchKeys } from './search-keys.js';
import { keysOfPerson } from './people.js';

export interface SearchFilters {
  /** Speaker name (case-insensitive, exact) as the episode labels them. */
  speaker?: string;
  /** A person's id from `listPeople`. */
  person?: string;
  /** ISO dates, inclusive; episodes without a date are left out when either is set. */
  from?: string;
  to?: string;
  /** A topic id among the episode's top topics. */
  topic?: string;
  format?: string;
}

export interface SearchOptions extends SearchFilters {
  /** Most episodes returned (default 50). */
  limit?: number;
  /** Most hits listed per episode (default 5); `hitCount` counts them all. */
  hitsPerEpisode?: number;
}

/** One match in context: the sentence that holds it, with the matched words as [start, end) offsets in it. */
export interface SearchHit {
  turn: number;
  paragraph: number;
  speakerId: string;
  speaker: string;
  start: number;
  sentence: string;
  marks: [number, number][];
}

export interface EpisodeHits {
  id: string;
  title: string | null;
  date: string | null;
  format: string;
  /** BM25 of the episode's matching units, summed (higher is better). */
  score: number;
  hitCount: number;
  hits: SearchHit[];
}

export interface SearchResult {
  query: string;
  episodes: EpisodeHits[];
  /** Episodes that match, before `limit`. */
  total: number;
}

interface UnitRow {
  rowid: number;
  episode_id: string;
  turn: number;
  paragraph: number;
  speaker_id: string;
  start: number;
  text: string;
  rank: number;
  name: string;
  title: string | null;
  date: string | null;
  format: string;
}

/**
 * Searches every speech unit of the archive for words and `"phrases"` (stemmed and case folded), filtered
 * by speaker, person, dates, topic and format; episodes ranked by BM25, each with its hits in context.
 */
export function searchArchive(db: Archive, input: string, options: SearchOptions = {}): SearchResult {
  const query = parseQuery(input);
  const match = ftsExpression(query);
  if (!match) return { query: input, episodes: [], total: 0 };
  const { where, params } = filtersOf(db, options, match);
  const limit = options.limit ?? 50;
  const perEpisode = options.hitsPerEpisode ?? 5;
  const from = `FROM units_fts JOIN units u ON u.rowid = units_fts.rowid
       JOIN episodes e ON e.id = u.episode_id
       JOIN speakers s ON s.episode_id = u.episode_id AND s.speaker_id = u.speaker_id
       WHERE ${where.join(' AND ')}`;
  const columns = 'u.rowid, u.episode_id, u.turn, u.paragraph, u.speaker_id, u.start, u.text, units_fts.rank AS rank, s.name, e.title, e.date, e.format';
  type Found = { episode: EpisodeHits; rows: UnitRow[] };
  let found: Found[];
  let total: number;
  if (query.phrases.every((p) => p.every((k) => isIndexToken(k)))) {
    // Keys of letters and digits only are FTS5 tokens as they are: its matches are exact, so SQL ranks and counts.
    const ranked = (
      where.length === 1
        ? // No filter: the rowid names the episode, so the index alone ranks them.
          db.prepare(`SELECT rowid / ${UNITS_PER_EPISODE} AS num, count(*) AS hits, -sum(rank) AS score FROM units_fts WHERE units_fts MATCH @match GROUP BY num`).all(params)
        : db.prepare(`SELECT num, count(*) AS hits, -sum(rank) AS score FROM (SELECT e.num AS num, units_fts.rank AS rank ${from}) GROUP BY num`).all(params)
    ) as { num: number; hits: number; score: number }[];
    ranked.sort((a, b) => b.score - a.score || a.num - b.num);
    total = ranked.length;
    // The hits of each listed episode: the same query within the episode's rowid range, which FTS5 seeks to.
    const hitsOf = db.prepare(`SELECT ${columns} ${from} AND units_fts.rowid BETWEEN @low AND @high ORDER BY u.rowid LIMIT @perEpisode`);
    const episodeOf = db.prepare('SELECT id, title, date, format FROM episodes WHERE num = ?');
    found = ranked.slice(0, limit).map((r) => {
      const e = episodeOf.get(r.num) as { id: string; title: string | null; date: string | null; format: string };
      const rows = hitsOf.all({ ...params, low: r.num * UNITS_PER_EPISODE, high: (r.num + 1) * UNITS_PER_EPISODE - 1, perEpisode }) as UnitRow[];
      return { episode: { id: e.id, title: e.title, date: e.date, format: e.format, score: r.score, hitCount: r.hits, hits: [] }, rows };
    });
  } else {
    // FTS5 splits keys such as `ci/cd` or `don't`: it narrows the units, the phrase check on the keys decides.
    const byEpisode = new Map<string, Found>();
    for (const row of db.prepare(`SELECT ${columns} ${from} ORDER BY u.rowid`).all(params) as UnitRow[]) {
      const keys = searchKeys(row.text).map((k) => k.key);
      if (!query.phrases.every((p) => findPhrase(keys, p).length > 0)) continue;
      let f = byEpisode.get(row.episode_id);
      if (!f) byEpisode.set(row.episode_id, (f = { episode: { id: row.episode_id, title: row.title, date: row.date, format: row.format, score: 0, hitCount: 0, hits: [] }, rows: [] }));
      f.episode.score -= row.rank;
      f.episode.hitCount++;
      if (f.rows.length < perEpisode) f.rows.push(row);
    }
    found = [...byEpisode.values()].sort((a, b) => b.episode.score - a.episode.score || (a.episode.id < b.episode.id ? -1 : 1));
    total = found.length;
    found = found.slice(0, limit);
  }
  for (const f of found) f.episode.hits = f.rows.map((row) => hitOf(row, query.phrases));
  return { query: input, episodes: found.map((f) => f.episode), total };
}


function filtersOf(db: Archive, options: SearchFilters, match: string) {
  const where: string[] = ['units_fts MATCH @match'];
  const params: Record<string, unknown> = { match };
  if (options.speaker) {
    where.push('lower(s.name) = lower(@speaker)');
    params.speaker = options.speaker;
  }
  if (options.person) {
    const keys = keysOfPerson(db, options.person);
    where.push(`s.person_key IN (${keys.map((_, i) => `@p${i}`).join(', ') || "''"})`);
    keys.forEach((k, i) => (params[`p${i}`] = k));
  }
  if (options.from) {
    where.push('e.date >= @from');
    params.from = options.from;
  }
  if (options.to) {
    where.push('e.date <= @to');
    params.to = options.to;
  }
  if (options.format) {
    where.push('e.format = @format');
    params.format = options.format;
  }
  if (options.topic) {
    where.push('EXISTS (SELECT 1 FROM episode_topics t WHERE t.episode_id = e.id AND t.topic_id = @topic AND t.rank < 5)');
    params.topic = options.topic;
  }
  return { where, params };
}

function hitOf(row: UnitRow, phrases: string[][]): SearchHit {
  const keys = searchKeys(row.text);
  const spans: [number, number][] = [];
  for (const p of phrases) for (const i of findPhrase(keys, p)) spans.push([keys[i]!.start, keys[i + p.length - 1]!.end]);
  spans.sort((a, b) => a[0] - b[0]);
  const first = spans[0]!;
  const [from, to] = sentenceAround(row.text, first[0], first[1]);
  return {
    turn: row.turn,
    paragraph: row.paragraph,
    speakerId: row.speaker_id,
    speaker: row.name,
    start: row.start,
    sentence: row.text.slice(from, to),
    marks: spans.filter(([s, e]) => s >= from && e <= to).map(([s, e]) => [s - from, e - from]),
  };
}

/** The sentence of `text` that holds [start, end): from after the last `.!?` before it to the next one. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !(/[.!?]/.test(text[from - 1]!) && /\s/.test(text[from] ?? ' '))) from--;
  while (from < start && /\s/.test(text[from]!)) from++;
  let to = end;
  while (to < text.length && !(/[.!?]/.test(text[to]!) && (to + 1 === text.length || /\s/.test(text[to + 1]!)))) to++;
  return [from, Math.min(text.length, to + 1)];
}
