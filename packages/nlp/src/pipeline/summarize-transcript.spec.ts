import { describe, expect, it } from 'vitest';
import { parse, speakerBalance, summarizeEpisode } from '@podlens/parser';
import { fourSubjectEpisodes, subjects } from '../../test/four-subjects.js';
import { discoverTopics } from '../discover/discover-topics.js';
import { discoveredTopics } from '../discover/discovered-topics.js';
import { enrichSummary, taxonomyFields } from '../enrich/enrich-summary.js';
import { topicCoverage } from '../topics/topic-coverage.js';
import { topicFlow } from '../flow/topic-flow.js';
import { prepareTranscript, summarizeTranscript } from './summarize-transcript.js';

const lines = Object.values(subjects).flatMap((s, i) => [
  `[00:${String(i * 4).padStart(2, '0')}:00] Ann: ${s} ${s}`,
  `[00:${String(i * 4 + 2).padStart(2, '0')}:00] Bob: ${s}`,
]);
const result = parse(lines.join('\n'), { fileName: 'a.txt' });

describe('summarizeTranscript', () => {
  it('summarizeTranscript(result) fills every NLP field of the summary contract, from one speaker balance', () => {
    const { summary, balance, episode, diagnostics, topicScores } = summarizeTranscript(result, { source: 'a.txt' });
    expect(episode).toBe(result.episode);
    expect(diagnostics).toBe(result.diagnostics);
    expect(balance).toEqual(speakerBalance(result.episode));
    const nlp = enrichSummary(result.episode);
    const base = summarizeEpisode(result, { source: 'a.txt' });
    expect(summary).toEqual({
      ...base,
      keywords: nlp.keywords,
      topics: nlp.topics,
      topicFlow: nlp.topicFlow,
      topicCoverage: nlp.topicCoverage,
      diagnostics: [...base.diagnostics, ...nlp.diagnostics],
    });
    expect(summary.topicCoverage!.share).toBeGreaterThan(0);
    expect(topicScores).toEqual(nlp.topicScores);
    for (const t of summary.topics.filter((x) => x.score > 0)) expect(topicScores[t.id]).toBe(t.score);
    expect(Object.keys(topicScores).length).toBeGreaterThanOrEqual(summary.topics.filter((x) => x.score > 0).length);
    expect(summary.keywords.length).toBeGreaterThan(0);
    expect(summary.topicFlow.bins.length).toBeGreaterThan(0);
  });

  it('summarizeTranscript(result) says so where the taxonomy covers little of the words, with a diagnostic', () => {
    const chat = parse(
      [
        'Ann: Gestern sind wir mit Oma am alten Hafen spazieren gegangen.',
        'Ben: Wir haben auf der Bank gesessen, Boote beobachtet und Eis gegessen.',
        'Ann: Dann hat es geregnet, also sind wir nach Hause gefahren.',
      ].join('\n'),
      { fileName: 'b.txt' },
    );
    const { summary } = summarizeTranscript(chat, { source: 'b.txt' });
    expect(summary.topicCoverage!.low).toBe(true);
    expect(summary.diagnostics.filter((d) => d.origin === 'nlp:topic-coverage')).toEqual([
      expect.objectContaining({
        severity: 'info',
        line: null,
        message: expect.stringContaining('--topics discovered'),
      }),
    ]);
    expect(
      summarizeTranscript(result, { source: 'a.txt' }).summary.diagnostics.some(
        (d) => d.origin === 'nlp:topic-coverage',
      ),
    ).toBe(false);
  });

  it('summarizeTranscript(result, {autoChapters}) adds the chapters found, in time order', () => {
    const { summary } = summarizeTranscript(result, { source: 'a.txt', autoChapters: true });
    const auto = enrichSummary(result.episode, { autoChapters: true }).chapters!;
    expect(summary.chapters.filter((c) => c.origin === 'auto')).toEqual(auto);
    expect(summary.chapters.map((c) => c.start)).toEqual(
      [...summary.chapters.map((c) => c.start)].sort((a, b) => a - b),
    );
  });

  it('summarizeTranscript(result, {method: discovered}) scores the discovered topics; without a model, the taxonomy', () => {
    const { model } = discoverTopics(fourSubjectEpisodes, { windowSeconds: 300, minTopics: 2, maxTopics: 6 });
    const { summary } = summarizeTranscript(result, { source: 'a.txt', method: 'discovered', discovered: model });
    expect(summary.topics).toEqual(discoveredTopics(result.episode, model).slice(0, 10));
    expect(summary.topics.every((t) => t.id.startsWith('discovered-'))).toBe(true);
    expect(summarizeTranscript(result, { source: 'a.txt', method: 'discovered' }).summary.topics).toEqual(
      enrichSummary(result.episode).topics,
    );
  });

  it('summarizeTranscript(result, options, prepareTranscript(result)) is the same analysis, its balance the one prepared', () => {
    const prepared = prepareTranscript(result);
    expect(prepared.balance).toEqual(speakerBalance(result.episode));
    const analysis = summarizeTranscript(result, { source: 'a.txt' }, prepared);
    expect(analysis.balance).toBe(prepared.balance);
    expect(analysis.summary.topicFlow).toBe(prepared.fields.topicFlow);
    const fresh = parse(lines.join('\n'), { fileName: 'a.txt' });
    expect(analysis.summary).toEqual(summarizeTranscript(fresh, { source: 'a.txt' }).summary);
  });
});

describe('taxonomyFields', () => {
  it("taxonomyFields(episode) are topicFlow's bins and topicCoverage, as enrichSummary gives them", () => {
    const fields = taxonomyFields(result.episode);
    const flow = topicFlow(result.episode);
    expect(fields.topicFlow).toEqual({ binSeconds: flow.binSeconds, bins: flow.bins });
    expect(fields.topicCoverage).toEqual(topicCoverage(result.episode));
    const nlp = enrichSummary(result.episode, {}, fields);
    expect(nlp.topicFlow).toBe(fields.topicFlow);
    expect(nlp).toEqual(enrichSummary(result.episode));
  });
});
