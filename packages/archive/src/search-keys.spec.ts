import { describe, expect, it } from 'vitest';
import { searchKeys, searchKeyText } from './search-keys.js';

describe('searchKeys', () => {
  it('searchKeys(text) stems, folds case and splits compounds, keeping offsets', () => {
    const text = 'Feature-stores for CI/CD, [laughs] MLOps!';
    const keys = searchKeys(text);
    expect(keys.map((k) => k.key)).toEqual(['featur', 'store', 'for', 'ci', 'cd', 'mlop']);
    expect(keys.map((k) => text.slice(k.start, k.end))).toEqual(['Feature', 'stores', 'for', 'CI', 'CD', 'MLOps']);
  });

  it("searchKeys(text) leaves a closing quote written as an apostrophe out of the word, as FTS5's tokens do: ‘mile of data’", () => {
    const text = "the ‘last mile of data’ and the players' data'";
    const keys = searchKeys(text);
    expect(keys.map((k) => k.key)).toEqual(['the', 'last', 'mile', 'of', 'data', 'and', 'the', 'player', 'data']);
    expect(keys.map((k) => text.slice(k.start, k.end))).toContain('data');
    expect(keys.map((k) => text.slice(k.start, k.end))).not.toContain('data’');
    // An apostrophe inside a word stays (don't is not don + t).
    expect(searchKeys("don't").map((k) => k.key)).toEqual(["don't"]);
  });
});

describe('searchKeyText', () => {
  it("searchKeyText(text) is searchKeys(text)'s keys joined by spaces, '' where there are none", () => {
    const texts = [
      'Feature-stores for CI/CD, [laughs] MLOps!',
      'It’s the team’s data... and the teams’ 3.5 models -- or not.',
      '[music]',
      '',
      'Stores stores STORES: feature/store feature.store',
    ];
    for (const text of texts)
      expect(searchKeyText(text)).toBe(
        searchKeys(text)
          .map((k) => k.key)
          .join(' '),
      );
    expect(searchKeyText('[music]')).toBe('');
  });
});
