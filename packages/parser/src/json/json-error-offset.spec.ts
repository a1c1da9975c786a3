import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './json-error-offset.js';

describe('jsonErrorOffset', () => {
  it('jsonErrorOffset(text) points at the first error', () => {
    expect(jsonErrorOffset('{\n  "items": [,]\n}')).toBe(14);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('[1, 2')).toBe(5);
    expect(jsonErrorOffset('{"a": [1, {"b": tru}]}')).toBe(16);
  });

  it('jsonErrorOffset(valid JSON) is -1, for any JSON value (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.boolean(),
        (v, pretty) => jsonErrorOffset(JSON.stringify(v, null, pretty ? 2 : undefined)) === -1,
      ),
    );
  });

  it('jsonErrorOffset(text) is not -1 wherever JSON.parse throws (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '1', 'a', ' ', 'true', '\\\\', 'e', '-', '.'),
        }),
        (s) => {
          let valid = true;
          try {
            JSON.parse(s);
          } catch {
            valid = false;
          }
          return valid === (jsonErrorOffset(s) === -1);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
