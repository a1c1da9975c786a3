import { describe, expect, it } from 'vitest';
import { segments } from './highlight.js';

describe('segments', () => {
  it('segments(text, needle) marks every case-insensitive match', () => {
    expect(segments('MLOps and mlops', 'mlops')).toEqual([
      { text: 'MLOps', hit: true },
      { text: ' and ', hit: false },
      { text: 'mlops', hit: true },
    ]);
  });
  it('segments(text, "") leaves the text whole', () => {
    expect(segments('<img src=x>', '')).toEqual([{ text: '<img src=x>', hit: false }]);
  });
});
