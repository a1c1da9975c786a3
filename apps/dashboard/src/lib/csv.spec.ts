import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it("toCsv(header, rows) defuses a formula behind a number's sign, as the CLI's CSV does (one csvCell)", () => {
    expect(
      toCsv(
        ['speaker', 'delta'],
        [
          ["-1+1+cmd|' /C calc'!A0", -1.5],
          ['@SUM(A1)', '-0.25'],
        ],
      ),
    ).toBe("speaker,delta\n'-1+1+cmd|' /C calc'!A0,-1.5\n'@SUM(A1),-0.25\n");
  });
});
