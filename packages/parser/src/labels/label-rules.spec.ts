import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_MS, cpuMs } from '../../test/catastrophic.js';
import { cleanLabel, isNameLike, isPlaceholderLabel } from './label-rules.js';

describe('label rules', () => {
  it('cleanLabel(label) drops quotes, stars and trailing punctuation', () => {
    expect(cleanLabel('Alexey:')).toBe('Alexey');
    expect(cleanLabel('**Alexey.** ')).toBe('Alexey');
    expect(cleanLabel("'Theo:'")).toBe('Theo');
    expect(cleanLabel('  Ann   Lee – ')).toBe('Ann Lee');
  });

  it('cleanLabel(label) takes linear time on long runs (fuzz: a label of spaces and quotes)', () => {
    const t0 = cpuMs();
    cleanLabel(`a${' '.repeat(200_000)}b`);
    cleanLabel(`a${'"'.repeat(200_000)}b`);
    cleanLabel(`a${':'.repeat(200_000)}`);
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
  });

  it('isNameLike and isPlaceholderLabel tell names from sentences and placeholders', () => {
    expect(isNameLike('Alexander Hendorf')).toBe(true);
    expect(isNameLike('That is a really interesting question indeed')).toBe(false);
    expect(isPlaceholderLabel('Speaker:')).toBe(true);
    expect(isPlaceholderLabel('Speaker 1')).toBe(false);
  });
});
