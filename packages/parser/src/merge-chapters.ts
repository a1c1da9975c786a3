import type { Chapter, Episode } from './model.js';

/** An episode with a chapter list (from a `chapters` file) in place of, or beside, its own chapters. */
export function mergeChapters(
  episode: Episode,
  chapters: Chapter[],
  { replace = true }: { replace?: boolean } = {},
): Episode {
  const list = [...(replace ? [] : episode.chapters), ...chapters.map((c) => ({ ...c }))].sort(
    (a, b) => a.start - b.start,
  );
  list.forEach((c, i) => {
    c.end = Math.max(c.start, list[i + 1]?.start ?? Math.max(episode.durationSeconds, c.start));
  });
  return { ...episode, chapters: list };
}
