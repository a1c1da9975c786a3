import { describe, expect, it } from 'vitest';
import { podcastJson } from './podcast-json.js';

describe('podcast-json', () => {
  it('podcastJson.detect(text) wants an object with `segments` of `body` texts', () => {
    expect(podcastJson.detect('{"segments":[{"speaker":"A","startTime":0,"endTime":1,"body":"hi"}]}').score).toBe(0.95);
    expect(podcastJson.detect('{"segments":[{"speaker":"A","start":0}]}').score).toBe(0);
    expect(podcastJson.detect('{"results":[]}').score).toBe(0);
    expect(podcastJson.detect('not json').score).toBe(0);
  });

  it('podcastJson.read(text) skips a segment without a body with a warning on its line, and later segments keep theirs', () => {
    // Positions were found by searching `"body"` in order: a segment without one took the next one's, and every later segment shifted.
    const raw = podcastJson.read(
      '{"segments":[\n{"speaker":"A","startTime":0,"endTime":1,"body":"hi there"},\n{"speaker":"B","startTime":1,"endTime":2},\n{"speaker":"C","startTime":2,"endTime":3,"body":"hello you all"}\n]}',
    );
    const warning = raw.diagnostics.find((d) => d.origin === 'parser:json-segment');
    expect(warning?.position?.start.line).toBe(3);
    expect(raw.items.map((i) => i.kind === 'line' && [i.label, i.position?.start.line])).toEqual([
      ['A', 2],
      ['C', 4],
    ]);
  });
});
