import { describe, expect, it } from 'vitest';
import { isGenericLabel } from './generic-label.js';

describe('isGenericLabel', () => {
  it('isGenericLabel(label) knows diarizer and meeting-tool labels', () => {
    for (const l of [
      'SPEAKER_00',
      'spk_0',
      'Speaker 1',
      'speaker-2',
      'Speaker A',
      'A',
      'S2',
      'Guest 3',
      'Channel 1',
      'Speaker 3f1d2e6a',
    ])
      expect(isGenericLabel(l), l).toBe(true);
  });

  it('isGenericLabel(label) leaves names alone', () => {
    for (const l of ['Maria Lopez', 'Alexey', 'Al', 'Speakers Corner', 'a', 'Sam 2000 Edition'])
      expect(isGenericLabel(l), l).toBe(false);
  });
});
