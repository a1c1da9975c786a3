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
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ origin: 'parser:time-negative', severity: 'warning', position }),
    );
  });

  it('buildEpisode(raw) keeps a joint label as one speaker of its own with a note: never split, never merged into one of them', () => {
    const line = (label: string, start: number, text = 'a few words of talk here') => ({
      kind: 'line' as const,
      label,
      start,
      text,
    });
    const { episode, diagnostics } = buildEpisode({
      format: 'markdown-transcript',
      meta: {},
      items: [
        line('Adam Garrett-Harris', 0),
        line('Jason Staten', 10),
        line('Adam Garrett-Harris & Jason Staten', 20, 'yeah'),
        line('Adam Garrett-Harris', 21),
        line('Jason Staten and Adam Garrett-Harris', 30, 'right'),
        line('Safia Abdalla, Jen Luker, & Jason Staten', 31, 'hi'),
        line('Jason Staten', 32),
      ],
      diagnostics: [],
    });
    expect(episode.speakers.map((s) => s.name)).toEqual([
      'Adam Garrett-Harris',
      'Jason Staten',
      'Adam Garrett-Harris & Jason Staten',
      'Safia Abdalla, Jen Luker, & Jason Staten',
    ]);
    const joint = episode.speakers[2]!.id;
    expect(episode.turns.filter((t) => t.speakerId === joint).map((t) => t.text)).toEqual(['yeah', 'right']);
    const notes = diagnostics.filter((d) => d.origin === 'parser:speaker-joint');
    expect(notes.map((d) => d.message)).toEqual([
      expect.stringContaining(
        "'Adam Garrett-Harris & Jason Staten' names 2 people ('Adam Garrett-Harris', 'Jason Staten')",
      ),
      expect.stringContaining("names 3 people ('Safia Abdalla', 'Jen Luker', 'Jason Staten')"),
    ]);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        origin: 'parser:speaker-label',
        message:
          "the label 'Jason Staten and Adam Garrett-Harris' is read as 'Adam Garrett-Harris & Jason Staten' (1 line)",
      }),
    );
    expect(diagnostics.filter((d) => d.origin === 'parser:speaker-alias')).toEqual([]);
  });

  it('buildEpisode(raw) orders turns by time where cues written out of order are timed by their own times (fuzz: turns went backwards)', () => {
    const at = (line: number) => ({
      start: { line, column: 1, offset: line * 10 },
      end: { line, column: 9, offset: line * 10 + 8 },
    });
    const cue = (label: string, start: number, end: number, line: number) => ({
      kind: 'line' as const,
      label,
      start,
      end,
      text: 'a few words',
      position: at(line),
    });
    const { episode } = buildEpisode({
      format: 'webvtt',
      meta: {},
      items: [cue('Ann', 0, 4, 1), cue('Bob', 10, 12, 2), cue('Ann', 5, 9, 3), cue('Bob', 13, 14, 4)],
      diagnostics: [],
    });
    expect(episode.turns.map((t) => [t.speakerId, t.start])).toEqual([
      ['ann', 0],
      ['bob', 10],
    ]);
    expect(episode.turns.map((t) => t.seconds)).toEqual([8, 3]);
    // A turn's position runs from its earliest line in the source to its latest (fuzz: start after end).
    expect(episode.turns.map((t) => [t.position!.start.line, t.position!.end.line])).toEqual([
      [1, 3],
      [2, 4],
    ]);
  });

  it('buildEpisode(raw) takes a long full name used on three lines for a name, once for a sentence', () => {
    const line = (label: string) => ({ kind: 'line' as const, label, text: 'some words here' });
    const name = 'Mohneet Kaur Amandeep Singh Sandhu';
    const three = buildEpisode({
      format: 'webvtt',
      meta: {},
      items: [line('Ann'), line(name), line('Ann'), line(name), line(name)],
      diagnostics: [],
    });
    expect(three.episode.speakers.map((s) => s.name)).toEqual(['Ann', name]);
    const once = buildEpisode({
      format: 'webvtt',
      meta: {},
      items: [line('Ann'), line(name), line('Ann')],
      diagnostics: [],
    });
    expect(once.episode.speakers.map((s) => s.name)).toEqual(['Ann']);
  });

  it("buildEpisode(raw) times each continuing word on its own: the pause between a speaker's words is nobody's, the words one paragraph", () => {
    const word = (text: string, start: number, end: number, continues = true) => ({
      kind: 'line' as const,
      label: 'Ann',
      start,
      end,
      text,
      ...(continues ? { continues } : {}),
    });
    const { episode } = buildEpisode({
      format: 'podcast-json',
      meta: {},
      items: [
        word('I', 0.5, 0.75, false),
        word('am', 1, 1.25),
        word('here.', 1.5, 2),
        { kind: 'line', label: 'Bob', start: 2, end: 3, text: 'Hi.' },
      ],
      diagnostics: [],
    });
    expect(episode.turns[0]).toMatchObject({ text: 'I am here.', words: 3, start: 0.5, end: 2, seconds: 1 });
    expect(episode.turns[0]!.paragraphs).toHaveLength(1);
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
    const line = (label: string, start: number, end: number) => ({
      kind: 'line' as const,
      label,
      start,
      end,
      text: 'words and more words',
    });
    const items = [line('Speaker A', 0, 100), line('Speaker B', 100, 200), line('Speaker C', 200, 201)];
    expect(
      buildEpisode({ format: 'assemblyai', meta: {}, items, diagnostics: [], exactLabels: true }).episode.speakers.map(
        (s) => s.name,
      ),
    ).toEqual(['Speaker A', 'Speaker B', 'Speaker C']);
  });
});
