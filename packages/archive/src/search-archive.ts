import { UNITS_PER_EPISODE, type Archive } from './open-archive.js';
import { findPhrase } from './find-phrase.js';
import { ftsExpression, parseQuery } from './parse-query.js';
import { isIndexToken, searchKeys } from './search-keys.js';
import { keysOfPerson } from './people.js';
import { episodeScore } from './episode-score.js';

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
  /** BM25 of the episode for the query (episodeScore: its matching units as the term frequency; higher is better). */
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
  turn: number;
  paragraph: number;
  speaker_id: string;
  start: number;
  text: string;
  name: string | null;
}

/**
 * Searches every speech unit of the archive for words and `"phrases"` (stemmed and case folded), filtered
 * by speaker, person, dates, topic and format; episodes ranked by BM25 (episodeScore), each with its hits in context.
 */
export function searchArchive(db: Archive, input: string, options: SearchOptions = {}): SearchResult {
  const query = parseQuery(input);
  const match = ftsExpression(query);
  if (!match) return { query: input, episodes: [], total: 0 };
  const { where, params } = filtersOf(db, options, match);
  const limit = options.limit ?? 50;
  const perEpisode = options.hitsPerEpisode ?? 5;
  const joined = `FROM units_fts JOIN units u ON u.rowid = units_fts.rowid
       JOIN episodes e ON e.id = u.episode_id
       JOIN speakers s ON s.episode_id = u.episode_id AND s.speaker_id = u.speaker_id
       WHERE ${where.join(' AND ')} ORDER BY units_fts.rowid`;
  // Stage 1: every matching unit by its rowid alone, which names its episode; counting them is cheap, where
  // FTS5's BM25 of every unit of a common word was most of the time. Rowids come in order: the first are the hits.
  const byEpisode = new Map<number, { hits: number; rowids: number[] }>();
  const add = (rowid: number) => {
    const num = Math.floor(rowid / UNITS_PER_EPISODE);
    let e = byEpisode.get(num);
    if (!e) byEpisode.set(num, (e = { hits: 0, rowids: [] }));
    e.hits++;
    if (e.rowids.length < perEpisode) e.rowids.push(rowid);
  };
  if (query.phrases.every((p) => p.every((k) => isIndexToken(k)))) {
    // Keys of letters and digits only are FTS5 tokens as they are: its matches are exact.
    const sql =
      where.length === 1
        ? 'SELECT rowid FROM units_fts WHERE units_fts MATCH @match ORDER BY rowid'
        : `SELECT units_fts.rowid ${joined}`;
    for (const rowid of db.prepare(sql).pluck().all(params) as number[]) add(rowid);
  } else {
    // FTS5 splits keys such as `ci/cd` or `don't`: it narrows the units, the phrase check on the keys decides.
    for (const row of db.prepare(`SELECT units_fts.rowid AS rowid, u.text ${joined}`).all(params) as {
      rowid: number;
      text: string;
    }[]) {
      const keys = searchKeys(row.text).map((k) => k.key);
      if (query.phrases.every((p) => findPhrase(keys, p).length > 0)) add(row.rowid);
    }
  }
  if (byEpisode.size === 0) return { query: input, episodes: [], total: 0 };
  // Stage 2: the episodes ranked from their counts.
  const words = new Map(db.prepare('SELECT num, words FROM episodes').raw().all() as [number, number][]);
  let sum = 0;
  for (const w of words.values()) sum += w;
  const averageWords = sum / Math.max(1, words.size);
  const ranked = [...byEpisode].map(([num, e]) => ({
    num,
    ...e,
    score: episodeScore({
      hits: e.hits,
      words: words.get(num) ?? 0,
      averageWords,
      episodes: words.size,
      matching: byEpisode.size,
    }),
  }));
  ranked.sort((a, b) => b.score - a.score || a.num - b.num);
  const top = ranked.slice(0, limit);
  // Stage 3: the listed episodes and their hits, by primary key.
  const nums = JSON.stringify(top.map((r) => r.num));
  const meta = new Map(
    (
      db
        .prepare('SELECT num, id, title, date, format FROM episodes WHERE num IN (SELECT value FROM json_each(?))')
        .all(nums) as { num: number; id: string; title: string | null; date: string | null; format: string }[]
    ).map((e) => [e.num, e]),
  );
  const units = new Map(
    (
      db
        .prepare(
          `SELECT u.rowid, u.turn, u.paragraph, u.speaker_id, u.start, u.text, s.name FROM units u
           LEFT JOIN speakers s ON s.episode_id = u.episode_id AND s.speaker_id = u.speaker_id
           WHERE u.rowid IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(top.flatMap((r) => r.rowids))) as UnitRow[]
    ).map((u) => [u.rowid, u]),
  );
  const episodes = top.map((r): EpisodeHits => {
    const e = meta.get(r.num)!;
    return {
      id: e.id,
      title: e.title,
      date: e.date,
      format: e.format,
      score: r.score,
      hitCount: r.hits,
      hits: r.rowids.map((id) => hitOf(units.get(id)!, query.phrases)),
    };
  });
  return { query: input, episodes, total: byEpisode.size };
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
    where.push(
      'EXISTS (SELECT 1 FROM episode_topics t WHERE t.episode_id = e.id AND t.topic_id = @topic AND t.rank < 5)',
    );
    params.topic = options.topic;
  }
  return { where, params };
}

function hitOf(row: UnitRow, phrases: string[][]): SearchHit {
  const keys = searchKeys(row.text);
  const spans: [number, number][] = [];
  for (const p of phrases)
    for (const i of findPhrase(keys, p)) spans.push([keys[i]!.start, keys[i + p.length - 1]!.end]);
  spans.sort((a, b) => a[0] - b[0]);
  const first = spans[0]!;
  const [from, to] = sentenceAround(row.text, first[0], first[1]);
  return {
    turn: row.turn,
    paragraph: row.paragraph,
    speakerId: row.speaker_id,
    speaker: row.name ?? row.speaker_id,
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
