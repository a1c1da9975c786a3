import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_MS, cpuMs } from '../../test/catastrophic.js';
import { pageText } from './page-text.js';

describe('pageText', () => {
  it('pageText.read(text) splits `Label: text (m:ss)` and keeps lines without a stamp in the turn', () => {
    const raw = pageText.read(
      'Title\n\nSeason 1, episode 2 of the show with Ann Lee\n\nTranscript\n\nIntro\n\nBob: Hi, Ann. (0:01)\n\nAnn: Hello. (0:05)\n\nAnn: More words.\n',
    );
    expect(raw.meta).toMatchObject({ title: 'Title', season: 1, episode: 2, guestNames: ['Ann Lee'] });
    expect(raw.items.map((i) => (i.kind === 'line' ? `${i.label}|${i.text}|${i.start}` : `# ${i.title}`))).toEqual([
      '# Intro',
      'Bob|Hi, Ann.|1',
      'Ann|Hello.|5',
      'Ann|More words.|undefined',
    ]);
  });

  it('pageText.read(text) takes linear time on a huge line (a fuzzed case backtracked for a minute)', () => {
    const huge = `Ann: ${'word '.repeat(200_000)}(1:00)\nBob: hi (1:01)\n${' '.repeat(300_000)}(\n`;
    const t0 = cpuMs();
    const raw = pageText.read(huge);
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
    expect(raw.items.filter((i) => i.kind === 'line')).toHaveLength(2);
  });
});
