import type { Episode } from '@podlens/parser';
import type { AutoChapter } from './auto-chapters.js';

/** The naive baseline: chapters of one fixed length. */
export function fixedChapters(episode: Episode, options: { seconds?: number } = {}): AutoChapter[] {
  const seconds = options.seconds ?? 150;
  const duration = episode.durationSeconds;
  const chapters: AutoChapter[] = [];
  for (let start = 0, c = 1; start < duration; start += seconds, c++) {
    chapters.push({ title: `Part ${c}`, start, end: Math.min(duration, start + seconds), origin: 'auto' });
  }
  return chapters;
}
