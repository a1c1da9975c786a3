import { describe, expect, it } from 'vitest';
import { applySpeakerEdits } from './apply-speaker-edits.js';
import { emptyEdits, type SpeakerEdits } from './speaker-edits.js';

const labels = ['Ann', 'Bob', 'Cat'];
const ok = (o: ReturnType<typeof applySpeakerEdits>): SpeakerEdits => {
  if (!o.ok) throw new Error(o.message);
  return o.edits;
};

describe('applySpeakerEdits', () => {
  it('applySpeakerEdits(labels, saved, renames) adds to the saved edits and maps shown names back to labels', () => {
    const once = ok(applySpeakerEdits(labels, emptyEdits(), { renames: [{ from: 'Ann', to: 'Anna' }] }));
    const twice = ok(
      applySpeakerEdits(labels, once, {
        renames: [
          { from: 'Anna', to: 'Annabel' },
          { from: 'Bob', to: 'Robert' },
        ],
      }),
    );
    expect({ ...twice.rename }).toEqual({ Ann: 'Annabel', Bob: 'Robert' });
  });
  it('applySpeakerEdits: 15 edits of different speakers, applied one after another, all stay', () => {
    const many = Array.from({ length: 15 }, (_, i) => `S${i}`);
    let edits = emptyEdits();
    for (const s of many) edits = ok(applySpeakerEdits(many, edits, { renames: [{ from: s, to: `Renamed ${s}` }] }));
    expect(Object.keys(edits.rename)).toHaveLength(15);
  });
  it("applySpeakerEdits refuses a rename onto another speaker's shown name, and says to merge", () => {
    const out = applySpeakerEdits(labels, emptyEdits(), { renames: [{ from: 'Ann', to: 'Bob' }] });
    expect(out).toEqual({
      ok: false,
      message: expect.stringMatching(/another speaker is already called 'Bob'.*Merge/),
    });
    const renamed = ok(applySpeakerEdits(labels, emptyEdits(), { renames: [{ from: 'Cat', to: 'Kit' }] }));
    expect(applySpeakerEdits(labels, renamed, { renames: [{ from: 'Ann', to: 'Kit' }] }).ok).toBe(false);
    // Two renames in one request onto one name: the second is refused
    expect(
      applySpeakerEdits(labels, emptyEdits(), {
        renames: [
          { from: 'Ann', to: 'X' },
          { from: 'Bob', to: 'X' },
        ],
      }).ok,
    ).toBe(false);
  });
  it('applySpeakerEdits allows a rename onto a merged-away name and back to the label', () => {
    const merged = ok(applySpeakerEdits(labels, emptyEdits(), { merges: [{ from: 'Cat', into: 'Bob' }] }));
    expect(ok(applySpeakerEdits(labels, merged, { renames: [{ from: 'Ann', to: 'Cat' }] })).rename.Ann).toBe('Cat');
    const back = ok(
      applySpeakerEdits(labels, ok(applySpeakerEdits(labels, emptyEdits(), { renames: [{ from: 'Ann', to: 'A' }] })), {
        renames: [{ from: 'A', to: 'Ann' }],
      }),
    );
    expect(Object.keys(back.rename)).toEqual([]);
  });
  it('applySpeakerEdits handles speakers named constructor, toString and __proto__ as own keys', () => {
    const odd = ['constructor', 'toString', '__proto__'];
    const edits = ok(applySpeakerEdits(odd, emptyEdits(), { renames: odd.map((n) => ({ from: n, to: `${n}!` })) }));
    expect(Object.keys(edits.rename).sort()).toEqual([...odd].sort());
    expect(applySpeakerEdits(odd, emptyEdits(), { renames: [{ from: 'hasOwnProperty', to: 'x' }] }).ok).toBe(false);
  });
  it('applySpeakerEdits refuses unknown speakers, empty or long names and self-merges', () => {
    for (const body of [
      { renames: [{ from: 'Zed', to: 'Z' }] },
      { renames: [{ from: 'Ann', to: ' ' }] },
      { renames: [{ from: 'Ann', to: 'x'.repeat(81) }] },
      { merges: [{ from: 'Ann', into: 'Ann' }] },
      { renames: [{ from: 1, to: 'x' }] },
    ]) {
      expect(applySpeakerEdits(labels, emptyEdits(), body).ok).toBe(false);
    }
  });
  it('applySpeakerEdits(reset) clears the edits', () => {
    const edits = ok(applySpeakerEdits(labels, emptyEdits(), { renames: [{ from: 'Ann', to: 'A' }] }));
    expect(Object.keys(ok(applySpeakerEdits(labels, edits, { reset: true })).rename)).toEqual([]);
  });
});
