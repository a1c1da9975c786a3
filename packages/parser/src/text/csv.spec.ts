import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv.js';

describe('csvCell', () => {
  it('csvCell(formula) prefixes every start a spreadsheet would run', () => {
    for (const attack of [
      "=cmd|' /C calc'!A0",
      '+1+1',
      "-1+1+cmd|' /C calc'!A0",
      '@SUM(A1:A2)',
      '\t=1',
      '\r=1',
      '  =1+1',
      '＝1+1',
      '-',
      '-x',
    ])
      expect(csvCell(attack).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('-1+1+cmd|x')).toBe("'-1+1+cmd|x");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('csvCell(number) keeps numbers as numbers, negative ones too', () => {
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell('-1.5')).toBe('-1.5');
    expect(csvCell('+3')).toBe('+3');
    expect(csvCell('-2e-4')).toBe('-2e-4');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(-Infinity)).toBe('');
  });

  it('csvCell(text) quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvCell('Ada, Countess')).toBe('"Ada, Countess"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('Ada Lovelace')).toBe('Ada Lovelace');
    expect(csvCell('e-mail')).toBe('e-mail');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('csvCell(any string) never starts with a formula character unless it is a plain number', () => {
    const risky = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' ', '＝', '1', '.', 'e', '"', ',');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(risky, { maxLength: 8 }).map((a) => a.join('')),
        ),
        (text) => {
          const cell = csvCell(text);
          const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
          if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) expect(unquoted).toBe(text);
          else expect(unquoted).not.toMatch(/^[ ]*[=+\-@\t\r\n＝＋－＠]/);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe('csvRow', () => {
  it('csvRow(values) joins escaped cells with commas', () => {
    expect(csvRow(['a,b', -2, '=1+1', null])).toBe(`"a,b",-2,'=1+1,`);
  });
});
