import { describe, expect, it } from 'vitest';
import { deepgram } from './deepgram.js';

describe('deepgram', () => {
  it('deepgram.read(text) gives each channel of a multichannel response as a speaker, in time order', () => {
    const words = (ws: [string, number][]) => ws.map(([word, start]) => ({ word, start, end: start + 0.4 }));
    const raw = deepgram.read(
      JSON.stringify({
        results: {
          channels: [
            {
              alternatives: [
                {
                  transcript: 'a b',
                  words: words([
                    ['hello', 0],
                    ['there', 5],
                  ]),
                },
              ],
            },
            { alternatives: [{ transcript: 'c', words: words([['hi', 2]]) }] },
          ],
        },
      }),
    );
    expect(raw.items.map((i) => i.kind === 'line' && [i.label, i.start, i.text])).toEqual([
      ['Channel 0', 0, 'hello'],
      ['Channel 1', 2, 'hi'],
      ['Channel 0', 5, 'there'],
    ]);
  });

  it('deepgram.detect(text) refuses a `results` object without channels or utterances', () => {
    expect(deepgram.detect(JSON.stringify({ results: { items: [] } })).score).toBe(0);
  });
});
