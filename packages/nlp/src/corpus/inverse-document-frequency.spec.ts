import { describe, expect, it } from 'vitest';
import { inverseDocumentFrequency } from './inverse-document-frequency.js';

describe('inverseDocumentFrequency', () => {
  it('inverseDocumentFrequency(key, stats) treats an unseen key as unseen, even one named like an Object property', () => {
    const stats = JSON.parse('{"documents": 10, "documentFrequency": {"mlop": 2}}');
    expect(inverseDocumentFrequency('constructor', stats)).toBeCloseTo(Math.log(11) + 1);
    expect(inverseDocumentFrequency('mlop', stats)).toBeCloseTo(Math.log(11 / 3) + 1);
  });
});
