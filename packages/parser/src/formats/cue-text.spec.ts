import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_MS, cpuMs } from '../../test/catastrophic.js';
import { joinCueLines, splitSpeakerPrefix, stripCueMarkup } from './cue-text.js';

describe('cue text', () => {
  it('splitSpeakerPrefix(text) takes a `Name: ` prefix and leaves other colons alone', () => {
    expect(splitSpeakerPrefix('Alexey: Hello there')).toEqual({ label: 'Alexey', text: 'Hello there' });
    expect(splitSpeakerPrefix('- Ann Lee:  Hi')).toEqual({ label: 'Ann Lee', text: 'Hi' });
    expect(splitSpeakerPrefix('Speaker: Hi')).toEqual({ label: undefined, text: 'Hi' });
    expect(splitSpeakerPrefix('At 10:30 we met')).toEqual({ text: 'At 10:30 we met' });
    expect(splitSpeakerPrefix('https: //x')).toEqual({ text: 'https: //x' });
    expect(splitSpeakerPrefix('This is a long sentence that goes on: and on')).toEqual({
      text: 'This is a long sentence that goes on: and on',
    });
  });

  it('splitSpeakerPrefix(text) takes linear time on a cue of spaces (a fuzzed one took 112 s)', () => {
    const t0 = cpuMs();
    splitSpeakerPrefix(`${' '.repeat(400_000)}x`);
    splitSpeakerPrefix(`a${' '.repeat(400_000)}:`);
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
  });

  it('stripCueMarkup(text) drops tags and decodes entities', () => {
    expect(stripCueMarkup('<v Ann>Tom &amp; <i>Jerry</i>&#33;</v>')).toBe('Tom & Jerry!');
  });
});

describe('joinCueLines', () => {
  it('joinCueLines(text) joins lines with single spaces, in linear time on long blank runs', () => {
    expect(joinCueLines('a  \n  b\n\nc')).toBe('a b c');
    expect(joinCueLines('one line')).toBe('one line');
    const t0 = cpuMs();
    joinCueLines(`a${' '.repeat(300_000)}\nb`);
    joinCueLines(`a${' '.repeat(300_000)}b`.replace(/b$/, '\nb'));
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
  });
});
