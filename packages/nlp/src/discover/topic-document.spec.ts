import { describe, expect, it } from 'vitest';
import { parse } from '@podlens/parser';
import { fourSubjectEpisodes } from '../../test/four-subjects.js';
import { episodeSegments } from './episode-segments.js';
import { topicDocument } from './topic-document.js';

describe('topicDocument', () => {
  it('topicDocument(episode) cuts an episode without chapters into windows with their term counts', () => {
    const episode = fourSubjectEpisodes[0]!;
    const doc = topicDocument(episode, { windowSeconds: 300 });
    expect(doc.windowSeconds).toBe(300);
    expect(doc.segments.map((s) => s.start)).toEqual(doc.segments.map((_, i) => i * 300));
    expect(doc.segments.every((s) => s.terms.length > 0 && s.counts.length === s.terms.length)).toBe(true);
    expect(new Set(doc.terms).size).toBe(doc.terms.length);
    expect(doc.surfaces).toHaveLength(doc.terms.length);
    expect(doc.surfaces.every((forms) => forms.length >= 1 && forms.length <= 20)).toBe(true);
    // The counts of episodeSegments, in the same order.
    const segments = episodeSegments(episode, 300).filter((s) => s.counts.size > 0);
    expect(doc.segments.map((s) => [...s.terms].map((t, i) => [doc.terms[t], s.counts[i]]))).toEqual(
      segments.map((s) => [...s.counts]),
    );
  });

  it('topicDocument(episode) leaves out segments with no terms and survives structured cloning', () => {
    const { episode } = parse('[00:00:00] Ann: kubernetes clusters\n[00:00:20] Bob: the\n[00:20:00] Ann: of');
    const doc = topicDocument(episode, { windowSeconds: 300 });
    expect(doc.segments.length).toBe(1);
    const s = doc.segments[0]!;
    expect(s.counts[[...s.terms].findIndex((t) => doc.terms[t] === 'kubernet')]).toBe(1);
    expect(structuredClone(doc)).toEqual(doc);
  });

  it('topicDocument(episode, {windowSeconds}) checks its option', () => {
    expect(() => topicDocument(fourSubjectEpisodes[0]!, { windowSeconds: 0 })).toThrow(/topicDocument: windowSeconds/);
  });
});
