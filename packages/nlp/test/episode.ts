import type { Episode, Turn } from '@podlens/parser';

/** A small hand-made episode: `[speakerId, start, text]` per turn. */
export function makeEpisode(lines: [string, number, string][], duration?: number): Episode {
  const end = duration ?? (lines.at(-1)?.[1] ?? 0) + 30;
  const turns: Turn[] = lines.map(([speakerId, start, text], i) => {
    const next = lines[i + 1]?.[1] ?? end;
    const words = text.split(/\s+/).filter(Boolean).length;
    return {
      speakerId,
      start,
      end: next,
      seconds: next - start,
      text,
      paragraphs: [{ text, start, end: next, words }],
      stageDirections: [],
      words,
      timing: 'measured',
    };
  });
  const ids = [...new Set(lines.map((l) => l[0]))];
  return {
    format: 'plain',
    meta: { tags: [], guests: [], guestNames: [] },
    speakers: ids.map((id, i) => ({
      id,
      name: id[0]!.toUpperCase() + id.slice(1),
      aliases: [],
      role: i === 0 ? 'host' : 'guest',
      roleSource: 'given',
    })),
    turns,
    chapters: [],
    durationSeconds: end,
    timing: 'measured',
  };
}
