import { describe, expect, it } from 'vitest';
import { assemblyai } from './assemblyai.js';

describe('assemblyai', () => {
  it('assemblyai.detect(text) refuses `words` lists of other tools (no AssemblyAI keys, times not integer ms)', () => {
    expect(assemblyai.detect(JSON.stringify({ words: [{ text: 'hi', start: 0.5, end: 0.9 }] })).score).toBe(0);
    expect(
      assemblyai.detect(JSON.stringify({ audio_duration: 1, words: [{ text: 'hi', start: 500, end: 900 }] })).score,
    ).toBeGreaterThan(0.9);
  });

  it('assemblyai.read(text) reads sentences or paragraphs where there are no utterances or words', () => {
    const raw = assemblyai.read(
      JSON.stringify({
        audio_duration: 9,
        paragraphs: [
          { text: 'One two.', start: 0, end: 1500 },
          { text: 'Three.', start: 2000, end: 2500 },
        ],
      }),
    );
    expect(raw.items).toMatchObject([
      { start: 0, end: 1.5, text: 'One two.' },
      { start: 2, end: 2.5, text: 'Three.' },
    ]);
  });

  it('assemblyai.read(text) reads saved results whose utterances say `start_ms`/`end_ms` (an export of AssemblyAI results)', () => {
    const text = JSON.stringify({
      id: 'x',
      num_speakers: 2,
      utterances: [
        { speaker: 'A', text: 'Hello.', start_ms: 1000, end_ms: 2500 },
        { speaker: 'B', text: 'Hi.', start_ms: 3000, end_ms: 3500 },
      ],
    });
    expect(assemblyai.detect(text).score).toBeGreaterThan(0.9);
    expect(assemblyai.read(text).items).toMatchObject([
      { label: 'Speaker A', start: 1, end: 2.5 },
      { label: 'Speaker B', start: 3, end: 3.5 },
    ]);
  });
});
