import { describe, expect, it } from 'vitest';
import { countSpeakerPrefixes, splitCueSpeakers } from './cue-speakers.js';

describe('cue speakers', () => {
  const bodies = ['Maria Lopez: Welcome to the show.', 'Here is the thing: budgets matter.', 'we agree.\nSam Okafor: Thanks.', 'Sam Okafor: Right.', 'Maria Lopez: Good.'];
  const counts = countSpeakerPrefixes(bodies);

  it('countSpeakerPrefixes(bodies) counts the prefixes at every line start', () => {
    expect(counts.get('Maria Lopez')).toBe(2);
    expect(counts.get('Sam Okafor')).toBe(2);
    expect(counts.get('Here is the thing')).toBe(1);
  });

  it('splitCueSpeakers(body, counts) takes a capitalised name and leaves a sentence with a colon whole', () => {
    expect(splitCueSpeakers(bodies[0]!, counts)).toEqual([{ labelled: true, label: 'Maria Lopez', text: 'Welcome to the show.' }]);
    expect(splitCueSpeakers(bodies[1]!, counts)).toEqual([{ labelled: false, text: 'Here is the thing: budgets matter.' }]);
  });

  it('splitCueSpeakers(body, counts) splits a cue whose second line starts a known speaker', () => {
    expect(splitCueSpeakers(bodies[2]!, counts)).toEqual([
      { labelled: false, text: 'we agree.' },
      { labelled: true, label: 'Sam Okafor', text: 'Thanks.' },
    ]);
    expect(splitCueSpeakers('and so\nNote: later', counts)).toEqual([{ labelled: false, text: 'and so\nNote: later' }]);
  });

  it('splitCueSpeakers(body, counts) accepts a lower-case label the file uses again and again', () => {
    const c = countSpeakerPrefixes(['jdoe: a', 'jdoe: b', 'jdoe: c']);
    expect(splitCueSpeakers('jdoe: d', c)).toEqual([{ labelled: true, label: 'jdoe', text: 'd' }]);
  });
});
