import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairTable } from './pair-table.js';

describe('PairTable', () => {
  it('table.get(a, b) is the value added for (a, b), and -1 for a pair never added, (b, a) included', () => {
    const table = new PairTable(4);
    table.add(3, 7, 10);
    table.add(7, 3, 11);
    table.add(0, 0, 0);
    expect([table.get(3, 7), table.get(7, 3), table.get(0, 0), table.get(3, 3)]).toEqual([10, 11, 0, -1]);
    expect(table.size).toBe(3);
  });

  it('agrees with a Map keyed by the pair, through any growth (fast-check)', () => {
    const pair = fc.tuple(fc.nat(5000), fc.nat(5000));
    fc.assert(
      fc.property(
        fc.uniqueArray(pair, { selector: ([a, b]) => `${a} ${b}`, maxLength: 300 }),
        fc.array(pair),
        (added, asked) => {
          const table = new PairTable(2);
          const map = new Map<string, number>();
          added.forEach(([a, b], i) => {
            table.add(a, b, i);
            map.set(`${a} ${b}`, i);
          });
          for (const [a, b] of [...added, ...asked]) expect(table.get(a, b)).toBe(map.get(`${a} ${b}`) ?? -1);
        },
      ),
    );
  });
});
