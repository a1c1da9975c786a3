import { describe, expect, it } from 'vitest';
import { googleStt } from './google-stt.js';

describe('google-stt', () => {
  it('googleStt.read(text) reads results without diarization as units, times as `1.5s` or {seconds, nanos}', () => {
    const raw = googleStt.read(
      JSON.stringify({
        results: [
          {
            alternatives: [
              {
                transcript: 'hello there',
                words: [{ word: 'hello', startTime: { seconds: 1, nanos: 500000000 }, endTime: '2s' }],
              },
            ],
            resultEndTime: '2.5s',
          },
        ],
      }),
    );
    expect(raw.items).toMatchObject([{ start: 1.5, end: 2.5, text: 'hello there' }]);
    expect(raw.items[0]!.kind === 'line' && raw.items[0]!.label).toBeUndefined();
  });

  it('googleStt.read(text) reads every result where speakerTag is 0 everywhere (not diarized)', () => {
    const result = (word: string, t: number) => ({
      alternatives: [
        { transcript: word, words: [{ word, startTime: `${t}s`, endTime: `${t + 0.5}s`, speakerTag: 0 }] },
      ],
      resultEndTime: `${t + 0.5}s`,
    });
    const raw = googleStt.read(JSON.stringify({ results: [result('one', 0), result('two', 3)] }));
    expect(raw.items.map((i) => i.kind === 'line' && i.text)).toEqual(['one', 'two']);
  });
});
