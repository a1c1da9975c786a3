import { describe, expect, it } from 'vitest';
import { countSpeakerPrefixes, splitCueSpeakers } from './cue-speakers.js';

describe('cue speakers', () => {
  const bodies = [
    'Maria Lopez: Welcome to the show.',
    'Here is the thing: budgets matter.',
    'we agree.\nSam Okafor: Thanks.',
    'Sam Okafor: Right.',
    'Maria Lopez: Good.',
  ];
  const counts = countSpeakerPrefixes(bodies);

  it('countSpeakerPrefixes(bodies) counts the prefixes at every line start', () => {
    expect(counts.get('Maria Lopez')).toBe(2);
    expect(counts.get('Sam Okafor')).toBe(2);
    expect(counts.get('Here is the thing')).toBe(1);
  });

  it('splitCueSpeakers(body, counts) takes a capitalised name and leaves a sentence with a colon whole', () => {
    expect(splitCueSpeakers(bodies[0]!, counts)).toEqual([
      { labelled: true, label: 'Maria Lopez', text: 'Welcome to the show.' },
    ]);
    expect(splitCueSpeakers(bodies[1]!, counts)).toEqual([
      { labelled: false, text: 'Here is the thing: budgets matter.' },
    ]);
  });

  it('splitCueSpeakers(body, counts) splits a cue whose second line starts a known speaker', () => {
    expect(splitCueSpeakers(bodies[2]!, counts)).toEqual([
      { labelled: false, text: 'we agree.' },
      { labelled: true, label: 'Sam Okafor', text: 'Thanks.' },
    ]);
    expect(splitCueSpeakers('and so\nNote: later', counts)).toEqual([{ labelled: false, text: 'and so\nNote: later' }]);
  });

  it('splitCueSpeakers(body, counts) accepts a long full name used again and again, not once (a real Zoom interview lost its guest)', () => {
    const long = [
      'Mohneet Kaur Amandeep Singh Sandhu: So I think',
      'Mohneet Kaur Amandeep Singh Sandhu: you are not',
      'Mohneet Kaur Amandeep Singh Sandhu: using one',
    ];
    expect(splitCueSpeakers(long[0]!, countSpeakerPrefixes(long))).toEqual([
      { labelled: true, label: 'Mohneet Kaur Amandeep Singh Sandhu', text: 'So I think' },
    ]);
    expect(splitCueSpeakers(long[0]!, countSpeakerPrefixes(long.slice(0, 1)))).toEqual([
      { labelled: false, text: long[0] },
    ]);
    const sentence = ['So what I mean here is: this', 'So what I mean here is: this', 'So what I mean here is: this'];
    expect(splitCueSpeakers(sentence[0]!, countSpeakerPrefixes(sentence))[0]!.labelled).toBe(false);
  });

  it('splitCueSpeakers(body, counts) accepts a lower-case label the file uses again and again', () => {
    const c = countSpeakerPrefixes(['jdoe: a', 'jdoe: b', 'jdoe: c']);
    expect(splitCueSpeakers('jdoe: d', c)).toEqual([{ labelled: true, label: 'jdoe', text: 'd' }]);
  });
});
