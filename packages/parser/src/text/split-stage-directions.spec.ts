import { describe, expect, it } from 'vitest';
import { splitStageDirections } from './split-stage-directions.js';

describe('splitStageDirections', () => {
  it('splitStageDirections(text) keeps directions apart and folds the spaces they leave', () => {
    expect(splitStageDirections('Yes, [laughs] actually [cross-talk] ok.')).toEqual({ text: 'Yes, actually ok.', directions: ['laughs', 'cross-talk'] });
    expect(splitStageDirections('[chuckles]')).toEqual({ text: '', directions: ['chuckles'] });
  });

  it('splitStageDirections(text) takes linear time on a long blank run before a bracket', () => {
    const t0 = performance.now();
    splitStageDirections(`a${' '.repeat(300_000)}[x`);
    expect(performance.now() - t0).toBeLessThan(300);
  });
});
