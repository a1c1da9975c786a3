import { describe, expect, it } from 'vitest';
import { buildEpisode } from './build-episode.js';

describe('buildEpisode', () => {
  it('buildEpisode(raw) reads a negative start as 0, with a diagnostic (fuzz regression)', () => {
    const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } };
    const { episode, diagnostics } = buildEpisode({
      format: 'podcast-json',
      meta: {},
      items: [
        { kind: 'heading', title: 'Intro' },
        { kind: 'line', label: 'Ann', start: -1, text: 'hello', position },
        { kind: 'line', label: 'Bob', start: 4, text: 'hi' },
      ],
      diagnostics: [],
    });
    expect(episode.turns[0]!.paragraphs[0]).toMatchObject({ start: 0, sourceStart: 0 });
    expect(episode.chapters[0]).toMatchObject({ title: 'Intro', start: 0 });
    expect(diagnostics).toContainEqual(expect.objectContaining({ origin: 'parser:time-negative', severity: 'warning', position }));
  });

  it('buildEpisode(raw) gives a transcript without speakers one speaker of unknown role, with one note', () => {
    const { episode, diagnostics } = buildEpisode({
      format: 'whisper',
      meta: {},
      items: [
        { kind: 'line', start: 0, end: 2, text: 'one two three' },
        { kind: 'line', start: 5, end: 6, text: 'four five' },
      ],
      diagnostics: [],
    });
    expect(episode.speakers).toEqual([expect.objectContaining({ name: 'Speaker', role: 'unknown' })]);
    expect(episode.turns).toHaveLength(1);
    expect(episode.turns[0]).toMatchObject({ words: 5, seconds: 3 });
    expect(episode.durationSeconds).toBe(6);
    expect(diagnostics.filter((d) => d.origin === 'parser:speaker-missing')).toHaveLength(1);
  });

  it('buildEpisode(raw) never merges the exact labels of a speech-to-text tool, however alike (a real file lost 4 of 9 speakers)', () => {
    const line = (label: string, start: number, end: number) => ({ kind: 'line' as const, label, start, end, text: 'words and more words' });
    const items = [line('Speaker A', 0, 100), line('Speaker B', 100, 200), line('Speaker C', 200, 201)];
    expect(buildEpisode({ format: 'assemblyai', meta: {}, items, diagnostics: [], exactLabels: true }).episode.speakers.map((s) => s.name)).toEqual(['Speaker A', 'Speaker B', 'Speaker C']);
  });
});
