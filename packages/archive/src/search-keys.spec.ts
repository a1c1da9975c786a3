import { describe, expect, it } from 'vitest';
import { searchKeys } from './search-keys.js';

describe('searchKeys', () => {
  it('searchKeys(text) stems, folds case and splits compounds, keeping offsets', () => {
    const text = 'Feature-stores for CI/CD, [laughs] MLOps!';
    const keys = searchKeys(text);
    expect(keys.map((k) => k.key)).toEqual(['featur', 'store', 'for', 'ci', 'cd', 'mlop']);
    expect(keys.map((k) => text.slice(k.start, k.end))).toEqual(['Feature', 'stores', 'for', 'CI', 'CD', 'MLOps']);
  });
});
