import { describe, expect, it } from 'vitest';
import { elementOffsets } from './element-offsets.js';

describe('elementOffsets', () => {
  it("elementOffsets(text, key) gives where each element of the root's `key` array begins", () => {
    const text =
      '{"title": "a [segments], \\"segments\\": [1]", "x": {"segments": [9]}, "segments": [ {"a": "}"}, [1, 2] ,3,"s" ]}';
    const offsets = elementOffsets(text, 'segments');
    expect(offsets.map((o) => text.slice(o, o + 3))).toEqual(['{"a', '[1,', '3,"', '"s"']);
  });

  it('elementOffsets(text, key) is empty without the key, with a non-array value, and for an empty array', () => {
    expect(elementOffsets('{"a": [1]}', 'segments')).toEqual([]);
    expect(elementOffsets('{"segments": {"b": 1}}', 'segments')).toEqual([]);
    expect(elementOffsets('{"segments": [ ]}', 'segments')).toEqual([]);
    expect(elementOffsets('[{"segments": [1]}]', 'segments')).toEqual([]);
  });
});
