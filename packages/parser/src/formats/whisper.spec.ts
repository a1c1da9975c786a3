import { describe, expect, it } from 'vitest';
import { whisper } from './whisper.js';

describe('whisper', () => {
  it('whisper.read(text) reads word_segments alone, and splits a segment whose words have two speakers', () => {
    const alone = whisper.read(
      JSON.stringify({
        segments: [],
        word_segments: [
          { word: 'Hi', start: 0, end: 0.5, speaker: 'SPEAKER_00' },
          { word: 'there.', start: 0.5, end: 1 },
        ],
      }),
    );
    expect(alone.items).toMatchObject([{ label: 'SPEAKER_00', text: 'Hi there.', start: 0, end: 1 }]);
    const split = whisper.read(
      JSON.stringify({
        segments: [
          {
            start: 0,
            end: 2,
            text: ' Yes. No.',
            words: [
              { word: ' Yes.', start: 0, end: 0.5, speaker: 'A1' },
              { word: ' No.', start: 1, end: 2, speaker: 'B1' },
            ],
          },
        ],
      }),
    );
    expect(split.items.map((i) => i.kind === 'line' && i.label)).toEqual(['A1', 'B1']);
  });

  it('whisper.detect(text) refuses Podcasting 2.0 segments (a `body`) and Podlove entries', () => {
    expect(
      whisper.detect(JSON.stringify({ segments: [{ startTime: 0, body: 'hi', start: 0, text: 'x' }] })).score,
    ).toBe(0);
    expect(whisper.detect(JSON.stringify([{ start: '00:00:01.000', start_ms: 1000, text: 'hi' }])).score).toBe(0);
  });
});
