import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyDecoder, KeyEncoder, KeyTable } from './key-wire.js';

describe('KeyEncoder / KeyDecoder', () => {
  it('encode sends each key once; decode gives back every list in order, the same string for the same key', () => {
    const encoder = new KeyEncoder();
    const decoder = new KeyDecoder();
    const first = encoder.encode(['data scienc', 'mlop', 'data']);
    expect(Array.from(first.ids)).toEqual([0, 1, 2]);
    expect(first.added).toBe('data scienc\nmlop\ndata');
    const second = encoder.encode(['mlop', 'sql', 'data']);
    expect(Array.from(second.ids)).toEqual([1, 3, 2]);
    expect(second.added).toBe('sql');
    const a = decoder.decode(first);
    const b = decoder.decode(second);
    expect(a).toEqual(['data scienc', 'mlop', 'data']);
    expect(b).toEqual(['mlop', 'sql', 'data']);
    expect(b[0]).toBe(a[1]);
    expect(encoder.encode([])).toEqual({ ids: new Int32Array(0), added: '' });
  });

  it('decode(encode(keys)) is keys for any sequence of lists of distinct keys (fast-check)', () => {
    const key = fc.stringMatching(/^[a-z]{1,4}( [a-z]{1,4}){0,2}$/);
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(key, { maxLength: 12 }), { maxLength: 8 }), (lists) => {
        const encoder = new KeyEncoder();
        const decoder = new KeyDecoder();
        for (const keys of lists) expect(decoder.decode(encoder.encode(keys))).toEqual(keys);
      }),
    );
  });

  it('decode of a number never sent is an error, not a missing key', () => {
    expect(() => new KeyDecoder().decode({ ids: Int32Array.of(0), added: '' })).toThrow(/never sent/);
  });

  it('decoders sharing a KeyTable give one number per key, whichever worker sent it', () => {
    const table = new KeyTable();
    const [a, b] = [new KeyDecoder(table), new KeyDecoder(table)];
    const first = a.decodeIds(new KeyEncoder().encode(['mlop', 'data']));
    const second = b.decodeIds(new KeyEncoder().encode(['data', 'sql', 'mlop']));
    expect(Array.from(first)).toEqual([0, 1]);
    expect(Array.from(second)).toEqual([1, 2, 0]);
    expect(table.keys).toEqual(['mlop', 'data', 'sql']);
    expect([table.id('sql'), table.id('new'), table.size]).toEqual([2, 3, 4]);
  });
});
