import { describe, expect, it } from 'vitest';
import { parse } from '@podlens/parser';
import { speakerTopics } from '../flow/speaker-topics.js';
import { summarizeTranscript } from './summarize-transcript.js';
import { transcriptDetail } from './transcript-detail.js';

const text = [
  '[00:00:00] Ann: Welcome. Today we talk about machine learning models and data pipelines.',
  '[00:01:00] Bob: Thanks. I train models on large data sets every day.',
  '[00:02:30] Ann: How do you deploy a model to production?',
  '[00:03:00] Bob: With a feature store, monitoring and a lot of testing.',
].join('\n');
const analysis = summarizeTranscript(parse(text, { fileName: 'a.txt' }), { source: 'a.txt' });

describe('transcriptDetail', () => {
  it("transcriptDetail(analysis) gives the turns in order with each speaker's name", () => {
    const { turns } = transcriptDetail(analysis);
    expect(turns.map((t) => t.speaker)).toEqual(['Ann', 'Bob', 'Ann', 'Bob']);
    expect(turns.map((t) => t.start)).toEqual(analysis.episode.turns.map((t) => t.start));
    expect(turns[3]!.text).toBe(analysis.episode.turns[3]!.text);
  });

  it("transcriptDetail(analysis) keys the balance windows' shares and dominant speaker by name", () => {
    const { windows } = transcriptDetail(analysis);
    expect(windows).toHaveLength(analysis.balance.windows.length);
    for (const w of windows) {
      for (const name of Object.keys(w.shares)) expect(['Ann', 'Bob']).toContain(name);
      expect(w.dominant === null || w.dominant === 'Ann' || w.dominant === 'Bob').toBe(true);
    }
    expect(windows.map((w) => Object.values(w.shares))).toEqual(
      analysis.balance.windows.map((w) => Object.values(w.shares)),
    );
  });

  it("transcriptDetail(analysis) gives nlp's speaker topics by name and the analysis's topic scores", () => {
    const detail = transcriptDetail(analysis);
    expect(Object.keys(detail.speakerTopics).sort()).toEqual(['Ann', 'Bob']);
    const bob = speakerTopics(analysis.episode).find((s) => s.name === 'Bob')!;
    expect(detail.speakerTopics.Bob).toEqual(Object.fromEntries(bob.topics.map((t) => [t.id, t.score])));
    expect(detail.topicScores).toBe(analysis.topicScores);
  });
});
