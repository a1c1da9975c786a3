import { describe, expect, it } from 'vitest';
import { mergeWords } from './merge-words.js';

describe('mergeWords', () => {
  it('mergeWords(words) starts a unit at a change of speaker or after a pause, and joins punctuation', () => {
    const units = mergeWords([
      { text: 'Hi', start: 0, end: 0.3, speaker: 'A' },
      { text: ',', attach: true },
      { text: 'you', start: 0.4, end: 0.6, speaker: 'A' },
      { text: 'Hello', start: 0.8, end: 1.2, speaker: 'B' },
      { text: 'again', start: 3, end: 3.4, speaker: 'B' },
      { text: '.', speaker: 'B' },
    ]);
    expect(units).toEqual([
      { text: 'Hi, you', start: 0, end: 0.6, speaker: 'A' },
      { text: 'Hello', start: 0.8, end: 1.2, speaker: 'B' },
      { text: 'again.', start: 3, end: 3.4, speaker: 'B' },
    ]);
  });

  it('mergeWords(words without speakers) keeps none', () => {
    expect(
      mergeWords([
        { text: 'a', start: 0, end: 1 },
        { text: 'b', start: 1, end: 2 },
      ]),
    ).toEqual([{ text: 'a b', start: 0, end: 2 }]);
  });
});
