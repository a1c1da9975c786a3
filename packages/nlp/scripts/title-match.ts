// How auto-chapter titles compare with the episodes' own headings: the share of auto chapters whose title shares
// a content stem with the heading it overlaps most, and a seeded sample of chapters for reading side by side.
// Run alone (`node build/scripts/title-match.js [--all | --table]`) it prints both (every chapter with --all; with
// --table a Markdown table of the sample, titles before and after issue 15's heading rules); eval.ts prints the share.
import { fileURLToPath } from 'node:url';
import type { Episode } from '@podlens/parser';
import { autoChapters, type AutoChaptersOptions } from '../src/chapters/auto-chapters.js';
import type { CorpusStats } from '../src/corpus/build-corpus-stats.js';
import { random } from '../src/discover/random.js';
import { extractTerms } from '../src/text/extract-terms.js';

const stems = (text: string) =>
  new Set(
    extractTerms(text)
      .filter((t) => t.n === 1)
      .map((t) => t.key),
  );

export interface TitleRow {
  episode: number;
  start: number;
  title: string;
  heading: string;
  shared: boolean;
}

export function titleMatch(
  episodes: readonly Episode[],
  stats: CorpusStats,
  title?: AutoChaptersOptions['title'],
): { share: number; words: number; rows: TitleRow[] } {
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
        title: c.title,
        heading: best.title,
        shared: [...stems(c.title)].some((s) => heading.has(s)),
      });
    }
  });
  const words = rows.reduce((a, r) => a + r.title.split(/\s+/).length, 0) / rows.length;
  return { share: rows.filter((r) => r.shared).length / rows.length, words, rows };
}

/** `size` rows picked with a seeded generator. */
export function sampleRows(rows: readonly TitleRow[], size: number, seed: number): TitleRow[] {
  const next = random(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(size, rows.length)) picked.add(Math.floor(next() * rows.length));
  return [...picked].sort((a, b) => a - b).map((i) => rows[i]!);
}

/** The titles as made before issue 15's heading rules: two phrases always, two words said as one kept apart. */
export const beforeTitles: AutoChaptersOptions['title'] = { join: 0, merge: false };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { loadCorpus } = await import('./load-corpus.js');
  const { buildCorpusStats } = await import('../src/corpus/build-corpus-stats.js');
  const episodes = loadCorpus('dtc').map((c) => c.episode);
  const stats = buildCorpusStats(episodes);
  const option = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const { share, words, rows } = titleMatch(episodes, stats, { join: option('join'), phrases: option('phrases') });
  const before = titleMatch(episodes, stats, beforeTitles);
  console.log(
    `auto titles sharing a content stem with the overlapping heading: ${(100 * share).toFixed(1)}% of ${rows.length}; ${words.toFixed(1)} words per title (the same chapters titled as before: ${(100 * before.share).toFixed(1)}%, ${before.words.toFixed(1)} words)`,
  );
  const time = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
  if (process.argv.includes('--table')) {
    // Markdown, to paste: 20 seeded chapters, the human heading beside the title before and after.
    console.log('\n| episode | start | human heading | before | after |\n| --- | --- | --- | --- | --- |');
    for (const r of sampleRows(rows, 20, 20)) {
      const old = before.rows.find((b) => b.episode === r.episode && b.start === r.start)!;
      console.log(`| ${r.episode} | ${time(r.start)} | ${r.heading} | ${old.title} | ${r.title} |`);
    }
  } else
    for (const r of process.argv.includes('--all') ? rows : sampleRows(rows, 20, 20))
      console.log(`${r.episode}\t${time(r.start)}\t${r.title}\t${r.heading}`);
}
