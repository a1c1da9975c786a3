import { describe, expect, it } from 'vitest';
import { hitHref } from './hit-href.js';

describe('hitHref', () => {
  it('hitHref(id, hit) links the episode at the hit with each marked run once', () => {
    const sentence = 'Feature stores and a feature store: Stores everywhere.';
    const href = hitHref('ep 1/a', {
      start: 83.5,
      sentence,
      marks: [
        [0, 14],
        [21, 34],
        [36, 42],
      ],
    });
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/episode/ep%201%2Fa');
    expect(url.searchParams.get('t')).toBe('83.5');
    expect(url.searchParams.getAll('mark')).toEqual(['Feature stores', 'feature store', 'Stores']);
  });

  it('hitHref(id, hit) drops case-only repeats and never gives a negative time', () => {
    const url = new URL(
      hitHref('x', {
        start: -1,
        sentence: 'LLM and llm',
        marks: [
          [0, 3],
          [8, 11],
        ],
      }),
      'http://x',
    );
    expect(url.searchParams.get('t')).toBe('0');
    expect(url.searchParams.getAll('mark')).toEqual(['LLM']);
  });
});
