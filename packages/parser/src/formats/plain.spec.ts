import { describe, expect, it } from 'vitest';
import { parse } from '../index.js';
import { plain } from './plain.js';

describe('plain', () => {
  it('plain.detect(a 100k-space line) stays linear (fuzz regression: quadratic backtracking)', () => {
    const text = `${' '.repeat(100_000)}x0:00:00 Episode Introduction\nAlexey: hi (0:01)\nBob: yo (0:02)\n`;
    const t0 = performance.now();
    plain.detect(text);
    const result = parse(text, { format: 'plain' });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(result.episode.turns.map((t) => t.text)).toEqual(['hi', 'yo']);
  });

  it('plain reads a label after leading white space', () => {
    const { episode } = parse('   Ann: hello there\n\tBob: hi\nAnn: bye', { format: 'plain' });
    expect(episode.speakers.map((s) => s.name)).toEqual(['Ann', 'Bob']);
  });
});
