import { describe, expect, it } from 'vitest';
import { tokenize, tokenSurfaces } from './tokenize.js';

const texts = [
  'Feature-stores for CI/CD, [laughs] MLOps!',
  'It’s the team’s data... and the teams’ 3.5 models -- or not. C++ and C#?',
  '[music] [crosstalk]',
  '',
  'Stores stores STORES: feature/store feature.store [a very long stage direction that goes on and on and on and on] end',
];

describe('tokenSurfaces', () => {
  it("tokenSurfaces(text) is tokenize(text)'s surfaces, in order", () => {
    for (const text of texts) expect(tokenSurfaces(text)).toEqual(tokenize(text).map((t) => t.surface));
    expect(tokenSurfaces('It’s [laughs] fine')).toEqual(["It's", 'fine']);
  });
});
