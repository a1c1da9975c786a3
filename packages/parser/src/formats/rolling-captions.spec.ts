import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_MS, cpuMs } from '../../test/catastrophic.js';
import { isRolling, newCueText } from './rolling-captions.js';

const youtube = [
  { text: ' \nhello<00:00:00.320><c> everyone</c><00:00:00.640><c> and</c>' },
  { text: 'hello everyone and\n ' },
  { text: 'hello everyone and\nwelcome<00:00:02.600><c> to</c><00:00:03.000><c> the show</c>' },
  { text: 'welcome to the show\n ' },
  { text: 'welcome to the show\ntoday<00:00:05.100><c> we</c><00:00:05.400><c> talk</c>' },
  { text: 'today we talk\n ' },
  { text: 'today we talk\nabout<00:00:07.100><c> budgets</c>' },
];

describe('rolling captions', () => {
  it('isRolling(cues) tells rolling captions from cues that merely repeat a word', () => {
    expect(isRolling(youtube)).toBe(true);
    expect(
      isRolling([
        { text: 'Yes.' },
        { text: 'No.' },
        { text: 'Yes.' },
        { text: 'Maybe.' },
        { text: 'Yes.' },
        { text: 'No.' },
      ]),
    ).toBe(false);
  });

  it('newCueText(cues) keeps each line once, with its word stamps', () => {
    const fresh = newCueText(youtube);
    expect(fresh).toEqual([
      'hello<00:00:00.320><c> everyone</c><00:00:00.640><c> and</c>',
      undefined,
      'welcome<00:00:02.600><c> to</c><00:00:03.000><c> the show</c>',
      undefined,
      'today<00:00:05.100><c> we</c><00:00:05.400><c> talk</c>',
      undefined,
      'about<00:00:07.100><c> budgets</c>',
    ]);
  });

  it('newCueText(cues) takes only the new words of a line that grows', () => {
    expect(newCueText([{ text: 'so' }, { text: 'so we' }, { text: 'so we begin' }])).toEqual(['so', 'we', 'begin']);
  });
});

describe('isRolling on turns that repeat', () => {
  it('isRolling(cues) needs one roll only where the cues carry word stamps (a real 5-cue YouTube excerpt counted its words 2.6 times)', () => {
    const stamped = [
      { text: 'lost<00:00:00.520><c> another</c><00:00:00.880><c> colony</c>' },
      { text: 'lost another colony' },
      { text: 'lost another colony\nmake<00:00:02.520><c> sure</c><00:00:02.879><c> of</c>' },
      { text: 'make sure of' },
    ];
    expect(isRolling(stamped)).toBe(true);
    expect(isRolling(stamped.map((c) => ({ text: c.text.replace(/<[^>]*>/g, '') })))).toBe(false);
  });

  it('isRolling(cues) is false where whole cues are repeated, not rolled', () => {
    const cues = [
      { text: 'One two.' },
      { text: 'One two.' },
      { text: 'Three.' },
      { text: 'Four.\nFive six.' },
      { text: 'Five six.' },
      { text: 'Seven.' },
    ];
    expect(isRolling(cues)).toBe(false);
  });
});

describe('isRolling across voices', () => {
  it('isRolling(cues) does not count a line repeated by another voice', () => {
    const cues = ['<v A>x\ny', '<v B>y\nz', '<v A>z\nw', '<v B>w\nv'].map((text) => ({ text }));
    expect(isRolling(cues)).toBe(false);
    expect(isRolling(cues.map((c) => ({ text: c.text.replace(/<v B>/, '<v A>') })))).toBe(true);
  });
});

describe('rolling captions on long cues', () => {
  it('newCueText(cues) takes linear time on cues of many repeated lines (fuzz guard)', () => {
    const lines = Array.from({ length: 50_000 }, () => 'x');
    const cues = [{ text: lines.join('\n') }, { text: [...lines.slice(1), 'y'].join('\n') }];
    const t0 = cpuMs();
    isRolling(cues);
    newCueText(cues);
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
  });
});
