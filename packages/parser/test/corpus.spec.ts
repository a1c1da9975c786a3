import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeChapters, parse, speakerBalance, type ParseResult } from '../src/index.js';
import { sharedDir, skipWithoutShared } from './shared.js';

interface Truth {
  speakers: Record<string, { talkSeconds: number; words: number; turns: number }>;
  chapters: { title: string; start: number }[];
  durationSeconds: number | null;
}

const FOLDERS: Record<string, string> = {
  'page-text': '.txt',
  dtc: '.md',
  vtt: '.vtt',
  srt: '.srt',
  json: '.json',
  otter: '.txt',
  plain: '.txt',
};
const corpus = join(sharedDir ?? '', 'corpus');

function readTruth(slug: string): Truth {
  return JSON.parse(readFileSync(join(corpus, 'truth', `${slug}.json`), 'utf8')) as Truth;
}

/** The misses of one parsed episode against truth/: talk share 1 pp, talk seconds 2%, turns exact, for speakers with >= 2% of the time. */
function talkMisses(result: ParseResult, truth: Truth): string[] {
  const balance = speakerBalance(result.episode);
  const total = Object.values(truth.speakers).reduce((s, v) => s + v.talkSeconds, 0);
  const misses: string[] = [];
  for (const [name, t] of Object.entries(truth.speakers)) {
    if (t.talkSeconds / total < 0.02) continue;
    const s = balance.speakers.find((x) => x.name === name);
    if (!s) {
      misses.push(`${name} missing`);
      continue;
    }
    const dShare = Math.abs(s.talkShare - t.talkSeconds / total) * 100;
    const dSeconds = (Math.abs(s.talkSeconds - t.talkSeconds) / t.talkSeconds) * 100;
    if (dShare > 1 || dSeconds > 2 || s.turns !== t.turns)
      misses.push(
        `${name}: share ±${dShare.toFixed(2)} pp, seconds ±${dSeconds.toFixed(2)}%, turns ${s.turns}/${t.turns}`,
      );
  }
  const extra = balance.speakers.filter((s) => !(s.name in truth.speakers) && s.talkShare >= 0.02);
  if (extra.length) misses.push(`extra speakers: ${extra.map((s) => s.name).join(', ')}`);
  return misses;
}

const chapterKey = (cs: { title: string; start: number }[]) => cs.map((c) => `${c.title.trim()} @${c.start}`);

describe.skipIf(skipWithoutShared)('the corpus against truth/ (../shared/corpus)', () => {
  const report: Record<string, { episodes: number; talk: number; chapters?: number; misses: string[] }> = {};
  const results = new Map<string, Map<string, ParseResult>>();

  for (const [folder, ext] of Object.entries(FOLDERS)) {
    it(`parse() reads every ${folder} file, and the talk figures match truth`, () => {
      const dir = join(corpus, folder);
      const row = {
        episodes: 0,
        talk: 0,
        chapters: folder === 'dtc' || folder === 'page-text' ? 0 : undefined,
        misses: [] as string[],
      };
      for (const file of readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()) {
        const slug = file.slice(0, -ext.length);
        const result = parse(readFileSync(join(dir, file), 'utf8'), { fileName: file });
        expect(
          result.diagnostics.filter((d) => d.severity === 'error'),
          `${folder}/${file}`,
        ).toEqual([]);
        const truth = readTruth(slug);
        row.episodes++;
        const misses = talkMisses(result, truth);
        if (misses.length === 0) row.talk++;
        else row.misses.push(`${slug}: ${misses.join('; ')}`);
        if (row.chapters !== undefined) {
          const ours = chapterKey(result.episode.chapters);
          const theirs = chapterKey(truth.chapters);
          if (JSON.stringify(ours) === JSON.stringify(theirs)) row.chapters++;
          else
            row.misses.push(
              `${slug}: chapters differ at ${ours.find((c, i) => c !== theirs[i]) ?? '(end)'} vs ${theirs.find((c, i) => c !== ours[i]) ?? '(end)'}`,
            );
        }
        if (!results.has(slug)) results.set(slug, new Map());
        results.get(slug)!.set(folder, result);
      }
      report[folder] = row;
      console.log(
        `${folder}: ${row.talk}/${row.episodes} talk figures match${row.chapters !== undefined ? `, ${row.chapters}/${row.episodes} chapter lists equal` : ''}`,
      );
      for (const m of row.misses) console.log(`  miss ${m}`);
      expect(row.talk).toBe(row.episodes);
      if (folder === 'dtc') expect(row.chapters).toBe(row.episodes);
      // Four page-text chapters cannot be recovered: the page lost a line's timestamp, or a heading is a paragraph.
      if (folder === 'page-text') expect(row.chapters).toBeGreaterThanOrEqual(row.episodes - 4);
    });
  }

  it('parse() gives the same speakers and shares (±1 pp) for every format of an episode', () => {
    let compared = 0;
    for (const [slug, byFormat] of results) {
      const base = speakerBalance(byFormat.get('dtc')!.episode).speakers;
      for (const [folder, result] of byFormat) {
        const other = speakerBalance(result.episode).speakers;
        expect(other.map((s) => s.name).sort(), `${slug} ${folder}`).toEqual(base.map((s) => s.name).sort());
        for (const s of base)
          expect(
            Math.abs(other.find((o) => o.name === s.name)!.talkShare - s.talkShare),
            `${slug} ${folder} ${s.name}`,
          ).toBeLessThanOrEqual(0.01);
        compared++;
      }
    }
    console.log(`cross-format: ${compared} parses of ${results.size} episodes agree with their dtc source`);
    expect(compared).toBeGreaterThan(400);
  });

  it('every chapter list parses and merges onto its episode', () => {
    const dir = join(corpus, 'chapters');
    let merged = 0;
    for (const file of readdirSync(dir).sort()) {
      const slug = file.replace(/\.[^.]+$/, '');
      const list = parse(readFileSync(join(dir, file), 'utf8'), { fileName: file });
      expect(list.episode.format, file).toBe('chapters');
      expect(list.episode.chapters.length, file).toBeGreaterThan(0);
      const source = join(corpus, 'dtc', `${slug}.md`);
      if (!existsSync(source)) continue;
      const episode = mergeChapters(parse(readFileSync(source, 'utf8')).episode, list.episode.chapters);
      expect(episode.chapters.map((c) => c.title)).toEqual(list.episode.chapters.map((c) => c.title));
      expect(episode.chapters.every((c) => c.end >= c.start && c.origin === 'chapters')).toBe(true);
      merged++;
    }
    console.log(`chapters: ${merged} lists merged`);
    expect(merged).toBeGreaterThan(100);
  });
});
