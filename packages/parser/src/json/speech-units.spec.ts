import { describe, expect, it } from 'vitest';
import { unitsToTranscript } from './speech-units.js';

describe('unitsToTranscript', () => {
  it('unitsToTranscript(units) positions each unit at its text, drops empty ones and reversed ends, with a warning', () => {
    const source = '{"u": [{"text": "Hello there"}, {"text": " "}, {"text": "Bye"}]}';
    const raw = unitsToTranscript('whisper', source, [
      { text: 'Hello there', start: 1, end: 2, speaker: 'A' },
      { text: ' ', start: 2, end: 3 },
      { text: 'Bye', start: 5, end: 4 },
    ]);
    expect(raw.items).toHaveLength(2);
    expect(raw.items[0]).toMatchObject({ label: 'A', start: 1, end: 2, text: 'Hello there' });
    expect(raw.items[0]!.position!.start.offset).toBe(source.indexOf('"Hello there"'));
    expect(raw.items[1]).toMatchObject({ start: 5, end: undefined, text: 'Bye' });
    expect(raw.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', origin: 'parser:time-reversed' })]);
  });

  it('unitsToTranscript(units) leaves out times no recording has (fuzz: an end of 2e77 s made 20,000 balance windows, 0.5 s)', () => {
    const raw = unitsToTranscript('aws-transcribe', '', [
      { text: 'a', start: 1, end: 2e77 },
      { text: 'b', start: Number.NaN, end: 3 },
    ]);
    expect(raw.items).toMatchObject([
      { start: 1, end: undefined },
      { start: undefined, end: undefined },
    ]);
    expect(raw.diagnostics).toEqual([
      expect.objectContaining({
        origin: 'parser:time-implausible',
        message: expect.stringMatching(/^2 speech units have a time/),
      }),
    ]);
  });
});
