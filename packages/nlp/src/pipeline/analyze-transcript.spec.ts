import { describe, expect, it } from 'vitest';
import { analyzeTranscript } from './analyze-transcript.js';
import { readTranscript } from './read-transcript.js';
import { summarizeTranscript } from './summarize-transcript.js';

const text =
  '[00:00:00] Ann: Welcome to the show, Bob.\n[00:00:10] Bob: Kubernetes clusters and Docker images.\n[00:01:00] Ann: Tell me about sourdough bread.\n[00:01:30] Bob: Flour, water and salt.';

describe('analyzeTranscript', () => {
  it('analyzeTranscript(text, options) is readTranscript then summarizeTranscript, its source the file name', () => {
    const options = {
      fileName: 'a.txt',
      edits: { rename: { Ann: 'Anna' }, merge: {} },
      chapterList: '00:00 Intro\n01:00 Bread',
      autoChapters: true,
    };
    const analysis = analyzeTranscript(text, options);
    expect(analysis).toEqual(summarizeTranscript(readTranscript(text, options), { ...options, source: 'a.txt' }));
    expect(analysis.summary.source).toBe('a.txt');
    expect(analysis.summary.speakers.map((s) => s.name).sort()).toEqual(['Anna', 'Bob']);
    expect(analysis.summary.chapters.filter((c) => c.origin === 'transcript').map((c) => c.title)).toEqual([
      'Intro',
      'Bread',
    ]);
    expect(analyzeTranscript(text, { fileName: 'a.txt', source: 'elsewhere' }).summary.source).toBe('elsewhere');
    expect(analyzeTranscript(text).summary.source).toBe('');
  });

  it('analyzeTranscript(text) throws on text in no known format, as parse does', () => {
    expect(() => analyzeTranscript('\u0000\u0001', { fileName: 'a.bin', format: 'nope' as never })).toThrow();
  });
});
