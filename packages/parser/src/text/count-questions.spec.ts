import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_MS, cpuMs } from '../../test/catastrophic.js';
import { countQuestions } from './count-questions.js';

describe('countQuestions', () => {
  it('countQuestions(text) counts a run of question marks once', () => {
    expect(countQuestions('Why? Really?? "Is it?" No.')).toBe(3);
    expect(countQuestions('a?b ?')).toBe(1);
  });

  it('countQuestions(100k question marks) stays linear (fuzz regression: quadratic backtracking)', () => {
    const t0 = cpuMs();
    expect(countQuestions(`${'?'.repeat(100_000)}x`)).toBe(0);
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
  });
});
