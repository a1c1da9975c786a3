import { describe, expect, it } from 'vitest';
import { highlightText, markWords, segments } from './highlight.js';

const marked = (segs: { text: string; hit: boolean }[]) => segs.filter((s) => s.hit).map((s) => s.text);

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

describe('markWords', () => {
  it('markWords(text, words) marks whole words only, whatever their case', () => {
    expect(markWords('Model the models, remodel the MODEL.', ['model'])).toEqual([
      { text: 'Model', hit: true },
      { text: ' the models, remodel the ', hit: false },
      { text: 'MODEL', hit: true },
      { text: '.', hit: false },
    ]);
  });
  it('markWords(text, words) marks each of several words, and a phrase across any spaces', () => {
    expect(marked(markWords('A feature  store and a data warehouse', ['warehouse', 'feature store']))).toEqual([
      'feature  store',
      'warehouse',
    ]);
  });
  it('markWords(text, words) takes letters outside ASCII as word letters', () => {
    expect(marked(markWords('café cafés Café', ['café']))).toEqual(['café', 'Café']);
  });
  it('markWords(text, words) treats regular-expression characters in a word as text', () => {
    expect(marked(markWords('c++ and c and (a|b)', ['c++', '(a|b)']))).toEqual(['c++', '(a|b)']);
  });
  it('markWords(text, []) leaves the text whole', () => {
    expect(markWords('nothing here', [' ', ''])).toEqual([{ text: 'nothing here', hit: false }]);
  });
});

describe('highlightText', () => {
  it('highlightText(text, { words, needle }) marks the whole words and the search matches together', () => {
    const segs = highlightText('Data teams and database teams', { words: ['teams'], needle: 'data' });
    expect(marked(segs)).toEqual(['Data', 'teams', 'data', 'teams']);
    expect(segs.filter((s) => s.hit).map((s) => s.kind)).toEqual(['match', 'mark', 'match', 'mark']);
    expect(segs.map((s) => s.text).join('')).toBe('Data teams and database teams');
  });
  it('highlightText(text, {}) is the text whole', () => {
    expect(highlightText('plain', {})).toEqual([{ text: 'plain', hit: false }]);
  });
});
