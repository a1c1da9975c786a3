import { describe, expect, it } from 'vitest';
import { CATASTROPHIC_MS, cpuMs } from '../../test/catastrophic.js';
import { ttml, ttmlAgents, ttmlAttribute, ttmlTime } from './ttml.js';

const doc = (body: string, head = '') =>
  `<?xml version="1.0"?>\n<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata">${head}<body><div>${body}</div></body></tt>`;
const lines = (text: string) =>
  ttml.read(text).items.map((i) => (i.kind === 'line' ? [i.label, i.text, i.start, i.end] : i.kind));

describe('ttml', () => {
  it('ttmlTime(value) reads clock times, frames, offsets in h/m/s/ms/f/t, and a bare number as seconds', () => {
    expect(ttmlTime('00:01:02.5')).toBe(62.5);
    expect(ttmlTime('00:00:01:15', { frameRate: 30, tickRate: 1 })).toBe(1.5);
    expect(ttmlTime('1.5h')).toBe(5400);
    expect(ttmlTime('2m')).toBe(120);
    expect(ttmlTime('1500ms')).toBe(1.5);
    expect(ttmlTime('50f', { frameRate: 25, tickRate: 1 })).toBe(2);
    expect(ttmlTime('10000000t', { frameRate: 30, tickRate: 10_000_000 })).toBe(1);
    expect(ttmlTime('1.980')).toBe(1.98);
    expect([ttmlTime('00:61:00'), ttmlTime('soon'), ttmlTime('-1s'), ttmlTime('')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('ttmlAttribute(attributes, name) finds an attribute by its local name, prefixed or not, quotes either way', () => {
    const attrs = ` begin="1s" ttm:agent='ann' xml:id="c1" title="a &amp; b"`;
    expect([ttmlAttribute(attrs, 'begin'), ttmlAttribute(attrs, 'agent'), ttmlAttribute(attrs, 'id')]).toEqual([
      '1s',
      'ann',
      'c1',
    ]);
    expect(ttmlAttribute(attrs, 'title')).toBe('a & b');
    expect(ttmlAttribute(attrs, 'end')).toBeUndefined();
  });

  it('ttmlAgents(text) names each agent of the head by its ttm:name', () => {
    const head = `<head><metadata><ttm:agent xml:id="a"><ttm:name>Ann</ttm:name></ttm:agent><ttm:agent xml:id="b" type="person"/><ttm:agent xml:id="c"><ttm:name type="full">Cy &amp; Co</ttm:name></ttm:agent></metadata></head>`;
    expect([...ttmlAgents(head)]).toEqual([
      ['a', 'Ann'],
      ['c', 'Cy & Co'],
    ]);
  });

  it('ttml.detect(text) is sure of a <tt> root in the TTML namespace (also DFXP), unsure without it, refuses HTML', () => {
    expect(ttml.detect(doc('<p begin="0s">Hi</p>')).score).toBe(0.95);
    expect(ttml.detect('<tt xmlns="http://www.w3.org/2006/10/ttaf1"><body/></tt>').score).toBe(0.95);
    expect(ttml.detect('<tt><body><p>Hi</p></body></tt>').score).toBe(0.5);
    expect(ttml.detect('<html><body><p>Hi</p></body></html>').score).toBe(0);
  });

  it('ttml.read(text) makes a line of each <p>: agent by name, times of the cue, <br> kept as a line break', () => {
    const head = `<head><metadata><ttm:agent xml:id="a"><ttm:name>Ann</ttm:name></ttm:agent></metadata></head>`;
    expect(
      lines(
        doc(
          '<p begin="1s" end="2s" ttm:agent="a">Hello<br/>there.</p><p begin="2s" dur="1s" ttm:agent="x">Hi.</p>',
          head,
        ),
      ),
    ).toEqual([
      ['Ann', 'Hello there.', 1, 2],
      ['x', 'Hi.', 2, 3],
    ]);
  });

  it("ttml.read(text) times Apple Podcasts' word spans by the first and last word, and offsets cues by their div's begin", () => {
    const apple = `<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xmlns:podcasts="http://podcasts.apple.com/transcript-ttml-internal"><body dur="30.0"><div begin="10s"><p ttm:agent="SPEAKER_1"><span podcasts:unit="sentence"><span podcasts:unit="word" begin="0.5" end="0.9">Hello</span><span podcasts:unit="word" begin="1.0" end="1.5">world.</span></span></p></div></body></tt>`;
    expect(lines(apple)).toEqual([['SPEAKER_1', 'Hello world.', 10.5, 11.5]]);
  });

  it('ttml.read(text) warns once about begins that are no time, and drops empty cues', () => {
    const raw = ttml.read(doc('<p begin="soon">Hi.</p><p begin="x">Yo.</p><p begin="1s"> </p>'));
    expect(raw.items).toHaveLength(2);
    expect(raw.diagnostics.map((d) => d.origin)).toEqual(['parser:ttml-time']);
  });

  it('ttml.read(text) on many unclosed agents and paragraphs is not catastrophically slow', () => {
    const t0 = cpuMs();
    ttml.read(doc('<ttm:agent xml:id="a">'.repeat(20_000) + '<p begin="1s">'.repeat(20_000)));
    expect(cpuMs() - t0).toBeLessThan(CATASTROPHIC_MS);
  });
});
