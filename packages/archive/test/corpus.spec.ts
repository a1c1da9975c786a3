import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, summarizeEpisode, type ParseResult } from '@podlens/parser';
import { readPeople } from '@podlens/parser/node';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addEpisodes,
  findPhrase,
  listPeople,
  openArchive,
  periodOf,
  searchArchive,
  searchKeys,
  termTrends,
  type Archive,
} from '../src/index.js';
import { sharedDir, skipWithoutShared } from './shared.js';

// Generic subjects of data and software podcasts, chosen before looking at any episode's text.
const phrases = [
  'feature store',
  'data engineering',
  'machine learning',
  'open source',
  'data science',
  'mlops',
  'kaggle',
  'linkedin',
  'deep learning',
  'product manager',
  'data quality',
  'career',
  'python',
  'spark',
  'dbt',
  'llm',
  'kubernetes',
  'recommender systems',
  'a/b testing',
  'data warehouse',
];

describe.skipIf(skipWithoutShared)('the archive on ../shared/corpus (dtc)', () => {
  let db: Archive;
  const results = new Map<string, ParseResult>();
  beforeAll(async () => {
    const dir = join(sharedDir!, 'corpus', 'dtc');
    const people = await readPeople(join(sharedDir!, 'corpus', 'people'));
    for (const f of readdirSync(dir).sort())
      results.set(f, parse(readFileSync(join(dir, f), 'utf8'), { fileName: f, people }));
    db = openArchive(':memory:');
    addEpisodes(
      db,
      [...results].map(([id, result]) => ({ id, result, summary: summarizeEpisode(result, { source: id }) })),
    );
  });

  const paragraphKeys = new Map<object, string[]>();
  const keysOf = (p: { text: string }) => {
    let k = paragraphKeys.get(p);
    if (!k) paragraphKeys.set(p, (k = searchKeys(p.text).map((x) => x.key)));
    return k;
  };

  /** The units of every episode that hold the phrase, found by reading every paragraph: no index. */
  const scan = (phrase: string) => {
    const keys = searchKeys(phrase).map((k) => k.key);
    const out = new Map<string, { starts: number[]; mentions: number }>();
    for (const [id, { episode }] of results) {
      for (const turn of episode.turns) {
        for (const p of turn.paragraphs) {
          const n = findPhrase(keysOf(p), keys).length;
          if (n === 0) continue;
          const e = out.get(id) ?? { starts: [], mentions: 0 };
          e.starts.push(p.start);
          e.mentions += n;
          out.set(id, e);
        }
      }
    }
    return out;
  };

  it('searchArchive finds every episode a plain scan finds, for 20 phrases, with the right units and times', () => {
    let found = 0;
    for (const phrase of phrases) {
      const expected = scan(`"${phrase}"`.replace(/"/g, ''));
      const r = searchArchive(db, `"${phrase}"`, { limit: 1000, hitsPerEpisode: 1000 });
      expect(r.episodes.map((e) => e.id).sort(), phrase).toEqual([...expected.keys()].sort());
      for (const e of r.episodes) {
        expect(e.hitCount, `${phrase} in ${e.id}`).toBe(expected.get(e.id)!.starts.length);
        expect(
          e.hits.map((h) => h.start),
          `${phrase} in ${e.id}`,
        ).toEqual(expected.get(e.id)!.starts);
        for (const h of e.hits) expect(h.marks.length, `${phrase} marked in ${e.id}`).toBeGreaterThan(0);
      }
      found += r.total;
    }
    expect(found).toBeGreaterThan(100);
  });

  it('termTrends counts, per quarter, exactly what a plain scan counts, for 5 terms', () => {
    const terms = ['machine learning', 'llm', 'data engineering', 'kaggle', 'open source'];
    const r = termTrends(db, terms, { period: 'quarter' });
    terms.forEach((term, i) => {
      const expected = new Map<string, number>();
      for (const [id, e] of scan(term)) {
        const q = periodOf(results.get(id)!.episode.meta.date ?? '', 'quarter');
        if (q) expected.set(q, (expected.get(q) ?? 0) + e.mentions);
      }
      const got = new Map(r.terms[i]!.points.filter((p) => p.count > 0).map((p) => [p.period, p.count]));
      expect(got, term).toEqual(expected);
    });
  });

  it('listPeople: no two guests with different full names share a person; the host is one person across the episodes', () => {
    const people = listPeople(db);
    for (const p of people) {
      const names = new Set(
        p.episodes
          .map((e) =>
            db
              .prepare('SELECT full_name FROM speakers WHERE episode_id = ? AND speaker_id = ?')
              .pluck()
              .get(e.episodeId, e.speakerId),
          )
          .filter((n) => n),
      );
      expect(names.size, p.id).toBeLessThanOrEqual(1);
    }
    const hosts = people.filter((p) => p.role === 'host');
    const main = hosts[0]!;
    // Every episode has its host in the main host person, except where the source names another host.
    const withMainHost = new Set(main.episodes.map((e) => e.episodeId));
    const recurring = people.filter((p) => p.role !== 'host' && new Set(p.episodes.map((e) => e.episodeId)).size > 1);
    console.log(`[archive] host people: ${hosts.map((h) => `${h.id} (${h.episodes.length})`).join(', ')}`);
    console.log(
      `[archive] ${people.length} people, main host '${main.name}' in ${withMainHost.size} of ${results.size} episodes, ${hosts.length} host people, ${recurring.length} recurring guests: ${recurring.map((p) => `${p.name} (${p.episodes.length})`).join(', ')}`,
    );
    expect(withMainHost.size).toBeGreaterThanOrEqual(results.size * 0.9);
    // The host, known by a first name where they host and by their full name where they are a guest, is one person.
    const firstOf = (id: string) => id.slice(id.indexOf(':') + 1).split(' ')[0];
    const split = hosts.filter(
      (h) =>
        h.id.startsWith('host:') && people.some((p) => p.id.startsWith('name:') && firstOf(p.id) === firstOf(h.id)),
    );
    expect(split.map((h) => h.id)).toEqual([]);
  });
});
