import { describe, expect, it } from 'vitest';
import { awsTranscribe } from './aws-transcribe.js';

describe('aws-transcribe', () => {
  it('awsTranscribe.read(text) prefers audio_segments, each with its speaker', () => {
    const raw = awsTranscribe.read(
      JSON.stringify({
        results: {
          transcripts: [{ transcript: 'x' }],
          items: [],
          audio_segments: [
            {
              id: 0,
              transcript: 'Hello there.',
              start_time: '0.5',
              end_time: '1.5',
              speaker_label: 'spk_0',
              items: [0],
            },
          ],
        },
      }),
    );
    expect(raw.items).toMatchObject([{ label: 'spk_0', start: 0.5, end: 1.5, text: 'Hello there.' }]);
  });

  it('awsTranscribe.read(text) gives channel-identified items their channel', () => {
    const item = (content: string, t: number) => ({
      type: 'pronunciation',
      start_time: String(t),
      end_time: String(t + 0.3),
      alternatives: [{ content }],
    });
    const raw = awsTranscribe.read(
      JSON.stringify({
        results: {
          transcripts: [{ transcript: 'a b' }],
          channel_labels: {
            channels: [
              { channel_label: 'ch_0', items: [{ start_time: '0', end_time: '0.3' }] },
              { channel_label: 'ch_1', items: [{ start_time: '2', end_time: '2.3' }] },
            ],
          },
          items: [item('hi', 0), item('yo', 2)],
        },
      }),
    );
    expect(raw.items.map((i) => i.kind === 'line' && i.label)).toEqual(['ch_0', 'ch_1']);
  });
});
