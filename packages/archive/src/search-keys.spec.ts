import { describe, expect, it } from 'vitest';
import { searchKeys, searchKeyText } from './search-keys.js';

describe('searchKeys', () => {
  it('searchKeys(text) stems, folds case and splits compounds, keeping offsets', () => {
    const text = 'Feature-stores for CI/CD, [laughs] MLOps!';
    const keys = searchKeys(text);
    expect(keys.map((k) => k.key)).toEqual(['featur', 'store', 'for', 'ci', 'cd', 'mlop']);
    expect(keys.map((k) => text.slice(k.start, k.end))).toEqual(['Feature', 'stores', 'for', 'CI', 'CD', 'MLOps']);
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
