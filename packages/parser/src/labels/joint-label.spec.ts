import { describe, expect, it } from 'vitest';
import { jointLabel } from './joint-label.js';

describe('jointLabel', () => {
  it('jointLabel(label) gives the names a joint label joins with & or and', () => {
    expect(jointLabel('Adam Garrett-Harris & Jason Staten')).toEqual(['Adam Garrett-Harris', 'Jason Staten']);
    expect(jointLabel('Jen and Safia')).toEqual(['Jen', 'Safia']);
    expect(jointLabel('Safia Abdalla, Jen Luker, & Jason Staten')).toEqual([
      'Safia Abdalla',
      'Jen Luker',
      'Jason Staten',
    ]);
    expect(jointLabel('Ann & Bob & Cy')).toEqual(['Ann', 'Bob', 'Cy']);
    expect(jointLabel('Speaker 1 and Speaker 2')).toEqual(['Speaker 1', 'Speaker 2']);
  });

  it('jointLabel(label) is undefined for one name, a surname-first name, or a sentence', () => {
    for (const l of [
      'Adam',
      'Smith, John',
      'Andy Anderson',
      'Alexey and I talked about the data pipeline at length',
      'me and him',
      'Ann &',
      '& Bob',
      'Ben & jerry',
    ])
      expect(jointLabel(l), l).toBeUndefined();
  });
});
