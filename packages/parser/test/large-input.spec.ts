import { describe, expect, it } from 'vitest';
import { acceptedFormatNames, formatNames, parse, speakerBalance, UnknownFormatError } from '../src/index.js';

describe('parse() on bad and huge input', () => {
  it('parse(200k turns) does not overflow the stack', () => {
    const text = Array.from(
      { length: 200_000 },
      (_, i) =>
        `[${String(Math.floor(i / 3600)).padStart(2, '0')}:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}] ${i % 2 ? 'Ann' : 'Bob'}: turn ${i}.`,
    ).join('\n');
    const { episode } = parse(text);
    expect(episode.turns).toHaveLength(200_000);
    expect(speakerBalance(episode).speakers.reduce((s, x) => s + x.talkShare, 0)).toBeCloseTo(1, 9);
  });

  it('parse(empty, binary, random) throws UnknownFormatError that names every format', () => {
    for (const text of ['', '\u0000\u0001\u0002binary', 'lorem ipsum\ndolor sit amet']) {
      expect(() => parse(text, { fileName: 'x.bin' })).toThrow(UnknownFormatError);
      try {
        parse(text, { fileName: 'x.bin' });
      } catch (e) {
        expect((e as UnknownFormatError).refusals.map((r) => r.format)).toEqual(formatNames);
        expect((e as Error).message).toMatch(/^x\.bin: not a transcript in any known format/);
      }
    }
  });

  it('parse(text, { format }) checks its options where they enter', () => {
    expect(() => parse('x', { format: 'vtx' as never })).toThrow(
      `parse: unknown format 'vtx' (expected one of ${acceptedFormatNames.join(', ')})`,
    );
  });
});

describe('parse() near the limits of numbers', () => {
  it('speakerBalance(episode) stays JSON-safe with a start near Number.MAX_VALUE (fuzz: a window ended at Infinity)', () => {
    const { episode } = parse(
      '---\ntitle: "Episode"\ntranscript:\n- line: "hello"\n  sec: 1.7976870011259286e+308\n---\n',
    );
    const balance = speakerBalance(episode);
    expect(JSON.parse(JSON.stringify(balance))).toEqual(balance);
    expect(balance.windows.every((w) => Number.isFinite(w.end))).toBe(true);
  });
});
