import { describe, expect, it } from 'vitest';
import { editsVersion, emptyEdits, isEmptyEdits, normaliseEdits } from './speaker-edits.js';

describe('speaker edits', () => {
  it('normaliseEdits keeps speakers named __proto__, constructor and toString as own keys', () => {
    const edits = normaliseEdits(
      JSON.parse('{"rename":{"__proto__":"P","constructor":"C","toString":"T"},"merge":{}}'),
    );
    expect(Object.keys(edits.rename).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.hasOwn(edits.rename, '__proto__')).toBe(true);
    expect(Object.hasOwn(emptyEdits().rename, 'toString')).toBe(false);
    expect((emptyEdits().rename as Record<string, unknown>).toString).toBeUndefined();
  });
  it('normaliseEdits(value) leaves out non-strings, blank and over-long names and a merge into itself', () => {
    const edits = normaliseEdits({
      rename: { A: ' Ann ', B: 3, C: '', ['D'.repeat(201)]: 'x' },
      merge: { E: 'E', F: 'G' },
    });
    expect({ ...edits.rename }).toEqual({ A: 'Ann' });
    expect({ ...edits.merge }).toEqual({ F: 'G' });
    expect(normaliseEdits('nonsense')).toEqual(emptyEdits());
  });
  it('isEmptyEdits(edits) is true only without renames and merges', () => {
    expect(isEmptyEdits(emptyEdits())).toBe(true);
    expect(isEmptyEdits(normaliseEdits({ merge: { A: 'B' } }))).toBe(false);
  });
  it('editsVersion(edits) is the same for the same edits in any key order and differs otherwise', () => {
    expect(editsVersion({ rename: { a: '1', b: '2' }, merge: {} })).toBe(
      editsVersion({ rename: { b: '2', a: '1' }, merge: {} }),
    );
    expect(editsVersion({ rename: { a: '1' }, merge: {} })).not.toBe(editsVersion({ rename: { a: '2' }, merge: {} }));
    expect(editsVersion({ rename: { a: 'b' }, merge: {} })).not.toBe(editsVersion({ rename: {}, merge: { a: 'b' } }));
  });
});
