import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_MS, cpuMs } from '../../test/catastrophic.js';
import { parse } from '../parse.js';
import { editSpeakers } from '../edit-speakers.js';

const suggestions = (text: string) => parse(text).diagnostics.filter((d) => d.origin === 'parser:speaker-name');

describe('suggestSpeakerNames (through parse)', () => {
  const text = [
    "SPEAKER_00: Hello and welcome, I'm Maria Lopez, and with me today is my co-host Sam.",
    'SPEAKER_01: Thanks Maria. Great to be here.',
    'SPEAKER_00: Today our guest is a cartographer. Priya, what do you think about maps?',
    'SPEAKER_02: Maps are arguments, not pictures.',
    'SPEAKER_00: Interesting.',
  ].join('\n');

  it('parse(text) marks diarizer labels as generic and names them from the transcript', () => {
    const r = parse(text);
    expect(r.episode.speakers.map((s) => [s.name, s.generic])).toEqual([
      ['SPEAKER_00', true],
      ['SPEAKER_01', true],
      ['SPEAKER_02', true],
    ]);
    const s = suggestions(text);
    expect(s.map((d) => d.suggestion)).toEqual([
      { speaker: 'SPEAKER_00', name: 'Maria Lopez' },
      { speaker: 'SPEAKER_01', name: 'Sam' },
      { speaker: 'SPEAKER_02', name: 'Priya' },
    ]);
    expect(s[0]!.message).toContain("I'm Maria Lopez");
    expect(s[0]!.position?.start.line).toBe(1);
    expect(s[2]!.position?.start.line).toBe(3);
    expect(s.every((d) => d.severity === 'info')).toBe(true);
  });

  it('parse(text) never applies a suggestion, and gives none for named speakers', () => {
    expect(parse(text).episode.speakers.map((s) => s.name)).not.toContain('Maria Lopez');
    expect(suggestions(text.replace(/SPEAKER_00/g, 'Maria'))).toHaveLength(2);
    expect(suggestions("Ann: I'm Ann Lee.\nBob: Hi Ann, what now?\nAnn: Sure.")).toEqual([]);
  });

  it('editSpeakers(episode, edits) drops the generic mark of a renamed speaker', () => {
    const edited = editSpeakers(parse(text).episode, { rename: { SPEAKER_00: 'Maria Lopez' }, merge: {} });
    expect(edited.speakers[0]).toMatchObject({ name: 'Maria Lopez' });
    expect(edited.speakers[0]!.generic).toBeUndefined();
    expect(edited.speakers[1]!.generic).toBe(true);
  });
});

describe('suggestSpeakerNames on long input', () => {
  it('parse(text) takes linear time on a long generic turn without sentence ends (fuzz guard)', () => {
    const long = `SPEAKER_00: ${'word '.repeat(30_000)}\nSPEAKER_01: ${'Ann, '.repeat(8_000)}what?\nSPEAKER_00: Yes.\n`;
    const t0 = cpuMs();
    parse(long);
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
  });
});
