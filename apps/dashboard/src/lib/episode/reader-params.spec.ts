import { describe, expect, it } from 'vitest';
import { MAX_MARKS, readerParams } from './reader-params.js';

const read = (query: string) => readerParams(new URLSearchParams(query));

describe('readerParams', () => {
  it('readerParams(?t=&mark=&mark=) reads the moment and every mark word', () => {
    expect(read('t=95.5&mark=warehouse&mark=Feature%20store')).toEqual({
      t: 95.5,
      marks: ['warehouse', 'Feature store'],
    });
  });
  it('readerParams without t, or with a t that is no time, has t null', () => {
    expect(read('mark=x').t).toBeNull();
    for (const bad of ['t=', 't=abc', 't=-3', 't=Infinity']) expect(read(bad).t).toBeNull();
    expect(read('t=0').t).toBe(0);
  });
  it('readerParams drops empty and repeated marks, and keeps at most MAX_MARKS', () => {
    expect(read('mark=&mark=%20&mark=a&mark=a').marks).toEqual(['a']);
    const many = Array.from({ length: 50 }, (_, i) => `mark=w${i}`).join('&');
    expect(read(many).marks).toHaveLength(MAX_MARKS);
    expect(read(`mark=${'x'.repeat(101)}`).marks).toEqual([]);
  });
});
