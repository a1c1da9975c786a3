import { describe, expect, it } from 'vitest';
import { googleStt } from './google-stt.js';

describe('google-stt', () => {
  it('googleStt.read(text) reads results without diarization as units, times as `1.5s` or {seconds, nanos}', () => {
    const raw = googleStt.read(JSON.stringify({ results: [{ alternatives: [{ transcript: 'hello there', words: [{ word: 'hello', startTime: { seconds: 1, nanos: 500000000 }, endTime: '2s' }] }], resultEndTime: '2.5s' }] }));
    expect(raw.items).toMatchObject([{ start: 1.5, end: 2.5, text: 'hello there' }]);
    expect(raw.items[0]!.kind === 'line' && raw.items[0]!.label).toBeUndefined();
  });
});
