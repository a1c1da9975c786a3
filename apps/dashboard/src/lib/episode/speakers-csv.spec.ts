import { describe, expect, it } from 'vitest';
import { speakersCsv } from './speakers-csv.js';
import type { SpeakerSummary } from '../types.js';

const speaker = (name: string, talkShare: number): SpeakerSummary =>
  ({
    id: name.toLowerCase(),
    name,
    role: 'guest',
    talkSeconds: 60 * talkShare,
    talkShare,
    words: 100,
    turns: 3,
    longestMonologueSeconds: 20,
    questions: 1,
    wordsPerMinute: 150,
  }) as SpeakerSummary;

describe('speakersCsv', () => {
  it("speakersCsv(speakers) writes a row per speaker under the contract's field names", () => {
    const lines = speakersCsv([speaker('Ann', 0.75), speaker('=cmd', 0.25)])
      .trimEnd()
      .split('\n');
    expect(lines[0]).toBe(
      'name,role,talkSeconds,talkShare,words,turns,longestMonologueSeconds,questions,wordsPerMinute',
    );
    expect(lines[1]).toBe('Ann,guest,45,0.75,100,3,20,1,150');
    expect(lines[2]!.startsWith("'=cmd,")).toBe(true);
  });
});
