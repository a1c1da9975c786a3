import { describe, expect, it } from 'vitest';
import { turnsCsv } from './turns-csv.js';

describe('turnsCsv', () => {
  it('turnsCsv(turns) writes speaker, start and end', () => {
    expect(turnsCsv([{ speaker: 'Ann', start: 0, end: 12.5 }])).toBe('speaker,start,end\nAnn,0,12.5\n');
  });
});
