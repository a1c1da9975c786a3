import { describe, expect, it } from 'vitest';
import { azureSpeech } from './azure-speech.js';

describe('azure-speech', () => {
  it('azureSpeech.read(text) reads ISO offsets where there are no ticks, skips failed phrases, and names channels', () => {
    const raw = azureSpeech.read(
      JSON.stringify({
        recognizedPhrases: [
          {
            recognitionStatus: 'Success',
            channel: 1,
            offset: 'PT2S',
            duration: 'PT1S',
            nBest: [{ display: 'Second.' }],
          },
          { recognitionStatus: 'NoMatch', channel: 0, offset: 'PT0S', duration: 'PT1S', nBest: [] },
          {
            recognitionStatus: 'Success',
            channel: 0,
            offset: 'PT0.5S',
            duration: 'PT1S',
            nBest: [{ display: 'First.' }],
          },
        ],
      }),
    );
    expect(raw.items).toMatchObject([
      { label: 'Channel 0', start: 0.5, end: 1.5, text: 'First.' },
      { label: 'Channel 1', start: 2, end: 3, text: 'Second.' },
    ]);
  });
});
