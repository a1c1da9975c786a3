import { describe, expect, it } from 'vitest';
import { isNameShaped } from './name-shape.js';

describe('isNameShaped', () => {
  it('isNameShaped(label) accepts names as people write them', () => {
    for (const l of [
      'Maria Lopez',
      'Ludwig van Beethoven',
      'Dr. Ng',
      'Graham, Ken (Contractor)',
      'SPEAKER_00',
      'spk_1',
      'A',
      '山田 太郎',
      "O'Brien",
    ])
      expect(isNameShaped(l), l).toBe(true);
  });

  it('isNameShaped(label) accepts a joint label of names, longer than one name may be (orbit.fm writes them)', () => {
    for (const l of ['Maria Lopez & Sam Ng', 'Safia Abdalla & Jason Staten & Adam Garrett-Harris', 'Jen and Safia'])
      expect(isNameShaped(l), l).toBe(true);
    expect(isNameShaped('Maria & so what I mean')).toBe(false);
  });

  it('isNameShaped(label) refuses the start of a sentence', () => {
    for (const l of ['So what I mean', 'Here is the thing', 'the answer', 'Why?', 'My point is this one here now'])
      expect(isNameShaped(l), l).toBe(false);
  });
});
