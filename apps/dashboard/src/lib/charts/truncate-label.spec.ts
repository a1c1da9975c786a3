import { describe, expect, it } from 'vitest';
import { truncateLabel } from './truncate-label.js';

describe('truncateLabel', () => {
  it('truncateLabel(label, max) keeps a label of up to max characters as it is', () => {
    expect(truncateLabel('Ann', 16)).toBe('Ann');
    expect(truncateLabel('x'.repeat(16), 16)).toBe('x'.repeat(16));
  });
  it('truncateLabel(label, max) cuts a longer one to max characters, the last an ellipsis', () => {
    const cut = truncateLabel('Professor Abigail Featherstonehaugh', 16);
    expect(cut).toBe('Professor Abiga…');
    expect(cut.length).toBe(16);
  });
});
