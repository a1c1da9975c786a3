import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_MS, cpuMs } from '../../test/catastrophic.js';
import { isUnfolded, splitStageDirections } from './split-stage-directions.js';

describe('splitStageDirections', () => {
  it('splitStageDirections(text) keeps directions apart and folds the spaces they leave', () => {
    expect(splitStageDirections('Yes, [laughs] actually [cross-talk] ok.')).toEqual({
      text: 'Yes, actually ok.',
      directions: ['laughs', 'cross-talk'],
    });
    expect(splitStageDirections('[chuckles]')).toEqual({ text: '', directions: ['chuckles'] });
  });

  it('splitStageDirections(text) takes linear time on a long blank run before a bracket', () => {
    const t0 = cpuMs();
    splitStageDirections(`a${' '.repeat(300_000)}[x`);
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
  });
});

describe('isUnfolded', () => {
  it('isUnfolded(text) agrees with /\\s\\s|[\\t\\n\\r\\f\\v\\u00a0]/ on mixed white space', () => {
    const unfolded = /\s\s|[\t\n\r\f\v\u00a0]/;
    const pieces = [
      'a',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r',
      '\f',
      '\v',
      '\u00a0',
      '\u2009',
      '\u3000',
      '\ufeff',
      '\u1680',
      '\u202f',
      'é',
      '😀',
      '\u2028',
    ];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const text = `${a}x${b}${c}y`;
          expect(isUnfolded(text), JSON.stringify(text)).toBe(unfolded.test(text));
        }
  });
});
