import { describe, expect, it } from 'vitest';
import { ftsExpression, parseQuery } from './parse-query.js';

describe('parseQuery', () => {
  it('parseQuery(input) reads words, "phrases" and -exclusions as stemmed keys', () => {
    expect(parseQuery('"Feature Stores" mlops -hype')).toEqual({
      phrases: [['featur', 'store'], ['mlop']],
      excluded: [['hype']],
    });
    expect(ftsExpression(parseQuery('"a b" c -"d e"'))).toBe('("a b" AND "c") NOT ("d e")');
    expect(ftsExpression(parseQuery('  '))).toBeUndefined();
  });
});
