import { describe, expect, it } from 'vitest';
import { voiceName, voiceSegments } from './voice-segments.js';

describe('voice segments', () => {
  it('voiceName(raw) decodes entities and shortens a Teams object id', () => {
    expect(voiceName('Carlos Far&#237;as')).toBe('Carlos Farías');
    expect(voiceName('3f1d2e6a-1b2c-4d5e-8f90-123456789abc@72f988bf-86f1-41af-91ab-2d7cd011db47')).toBe(
      'Speaker 3f1d2e6a',
    );
  });

  it('voiceSegments(text) cuts a cue at each voice tag', () => {
    expect(voiceSegments('<v Ann>Hi</v>')).toEqual([{ voice: 'Ann', body: 'Hi' }]);
    expect(voiceSegments('<v Ann>Hi</v>\n<v.loud Bob>Hello <i>there</i></v>')).toEqual([
      { voice: 'Ann', body: 'Hi\n' },
      { voice: 'Bob', body: 'Hello there' },
    ]);
    expect(voiceSegments('plain <b>text</b>')).toEqual([{ body: 'plain text' }]);
  });
});
