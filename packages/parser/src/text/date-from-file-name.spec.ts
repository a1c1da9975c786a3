import { describe, expect, it } from 'vitest';
import { dateFromFileName } from './date-from-file-name.js';

describe('dateFromFileName', () => {
  it('dateFromFileName(name) reads a year-month(-day) in the name', () => {
    expect(dateFromFileName('talks/2024-06-14-open-source.vtt')).toBe('2024-06-14');
    expect(dateFromFileName('2024-09-data-culture.srt')).toBe('2024-09-01');
    expect(dateFromFileName('ep_2023_11_02.txt')).toBe('2023-11-02');
  });

  it('dateFromFileName(name) ignores numbers that are no date', () => {
    expect(dateFromFileName('episode-12345.txt')).toBeUndefined();
    expect(dateFromFileName('s23e02-talk.md')).toBeUndefined();
    expect(dateFromFileName('2024-13-01.txt')).toBeUndefined();
  });
});
