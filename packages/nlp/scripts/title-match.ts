// How auto-chapter titles compare with the episodes' own headings: the share of auto chapters whose title shares
// a content stem with the heading it overlaps most, and a seeded sample of chapters for reading side by side.
// Run alone (`node build/scripts/title-match.js [--all | --table] [--json FILE] [--before FILE]`) it prints both
// (every chapter with --all; with --table a Markdown table of the sample beside the titles a `--json` run of an
// earlier build wrote to the `--before` file, for the chapter that overlaps most); eval.ts prints the share.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Episode } from '@podlens/parser';
import { autoChapters, type AutoChaptersOptions } from '../src/chapters/auto-chapters.js';
import type { CorpusStats } from '../src/corpus/build-corpus-stats.js';
import { random } from '../src/discover/random.js';
import { extractTerms } from '../src/text/extract-terms.js';
import { GENERIC_SHARE } from '../src/chapters/chapter-title.js';

const stems = (text: string) =>
  new Set(
    extractTerms(text)
      .filter((t) => t.n === 1)
      .map((t) => t.key),
  );

export interface TitleRow {
  episode: number;
  start: number;
  end: number;
  title: string;
  heading: string;
  shared: boolean;
  /** Shares a stem that is not generic (said in at most half of the corpus's episodes) with the heading. */
  sharedSpecific: boolean;
}

export function titleMatch(
  episodes: readonly Episode[],
  stats: CorpusStats,
  title?: AutoChaptersOptions['title'],
): { share: number; specific: number; words: number; generic: number; rows: TitleRow[] } {
  // Generic stems: said in more than half of the corpus's episodes.
  const common = (s: string) => (stats.documentFrequency[s] ?? 0) > GENERIC_SHARE * stats.documents;
  const rows: TitleRow[] = [];
  episodes.forEach((e, n) => {
    const headings = e.chapters.filter((c) => c.origin === 'transcript');
    if (headings.length < 2) return;
    for (const c of autoChapters({ ...e, chapters: [] }, { stats, title })) {
      let best = headings[0]!;
      let most = -Infinity;
      for (const h of headings) {
        const overlap = Math.min(c.end, h.end) - Math.max(c.start, h.start);
        if (overlap > most) [best, most] = [h, overlap];
      }
      const heading = stems(best.title);
      rows.push({
        episode: n,
        start: c.start,
        end: c.end,
        title: c.title,
        heading: best.title,
        shared: [...stems(c.title)].some((s) => heading.has(s)),
        sharedSpecific: [...stems(c.title)].some((s) => heading.has(s) && !common(s)),
      });
    }
  });
  const words = rows.reduce((a, r) => a + r.title.split(/\s+/).length, 0) / rows.length;
  // Titles of generic words alone: every content stem generic.
  const generic = rows.filter((r) => [...stems(r.title)].every(common)).length / rows.length;
  const share = rows.filter((r) => r.shared).length / rows.length;
  const specific = rows.filter((r) => r.sharedSpecific).length / rows.length;
  return { share, specific, words, generic, rows };
}

/** `size` rows picked with a seeded generator. */
export function sampleRows(rows: readonly TitleRow[], size: number, seed: number): TitleRow[] {
  const next = random(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(size, rows.length)) picked.add(Math.floor(next() * rows.length));
  return [...picked].sort((a, b) => a - b).map((i) => rows[i]!);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { loadCorpus } = await import('./load-corpus.js');
  const { buildCorpusStats } = await import('../src/corpus/build-corpus-stats.js');
  const episodes = loadCorpus('dtc').map((c) => c.episode);
  const stats = buildCorpusStats(episodes);
  const option = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const { share, specific, words, generic, rows } = titleMatch(episodes, stats);
  console.log(
    `auto titles sharing a content stem with the overlapping heading: ${(100 * share).toFixed(1)}% of ${rows.length} (a stem that is not generic: ${(100 * specific).toFixed(1)}%); ${words.toFixed(1)} words per title; of generic words alone: ${(100 * generic).toFixed(1)}%`,
  );
  const json = option('json');
  if (json) writeFileSync(json, JSON.stringify(rows));
  const time = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
  const beforeFile = option('before');
  if (process.argv.includes('--table') && beforeFile) {
    // Markdown, to paste: 20 seeded chapters, the human heading beside the title before and after.
    const before = JSON.parse(readFileSync(beforeFile, 'utf8')) as TitleRow[];
    const overlapping = (r: TitleRow) => {
      let best: TitleRow | undefined;
      let most = 0;
      for (const b of before) {
        const overlap = Math.min(r.end, b.end) - Math.max(r.start, b.start);
        if (b.episode === r.episode && overlap > most) [best, most] = [b, overlap];
      }
      return best;
    };
    console.log('\n| episode | start | human heading | before | after |\n| --- | --- | --- | --- | --- |');
    for (const r of sampleRows(rows, 20, 20)) {
      const old = overlapping(r);
      console.log(
        `| ${r.episode} | ${time(r.start)} | ${r.heading} | ${old ? `${old.title}${old.start === r.start ? '' : ` (${time(old.start)})`}` : ''} | ${r.title} |`,
      );
    }
  } else
    for (const r of process.argv.includes('--all') ? rows : sampleRows(rows, 20, 20))
      console.log(`${r.episode}\t${time(r.start)}\t${r.title}\t${r.heading}`);
}
