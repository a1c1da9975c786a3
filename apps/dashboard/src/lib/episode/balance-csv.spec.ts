import { describe, expect, it } from 'vitest';
import { balanceCsv } from './balance-csv.js';

describe('balanceCsv', () => {
  it('balanceCsv(windows, speakers) reads shares from own keys only (a speaker called toString is 0, not a function)', () => {
    const csv = balanceCsv([{ start: 0, end: 120, dominant: 'Ann', shares: { Ann: 0.6 } }], ['Ann', 'toString']);
    expect(csv).toBe('start,end,dominant,Ann,toString\n0,120,Ann,0.6,0\n');
  });
});
