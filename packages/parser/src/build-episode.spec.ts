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
});
