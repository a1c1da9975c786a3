import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readTranscript, speakerTopics, summarizeTranscript, type TranscriptDetail } from '@podlens/nlp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveRecord } from '@podlens/archive';
import {
  analyzeEpisodes,
  episodeDetail,
  fullSummary,
  readEpisode,
  type AnalyzeJob,
  type AnalyzeOutcome,
} from './corpus.js';
import { emptyEdits } from './speaker-edits.js';

const examples = path.resolve(import.meta.dirname, '../../../../../examples');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'podlens-corpus-'));
  await writeFile(path.join(dir, 'chapters.txt'), '00:00 Intro\n01:00 Later\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const job = (fileName: string, extra: Partial<AnalyzeJob> = {}): AnalyzeJob => ({
  abs: path.join(examples, fileName),
  fileName,
  edits: emptyEdits(),
  ...extra,
});

async function all(jobs: AnalyzeJob[], people?: Record<string, string>, index = false) {
  const out = [];
  for await (const x of analyzeEpisodes(jobs, { people, jobs: 1, index })) out.push(x);
  return out;
}

/** What the dashboard computed for one file on its own before the worker pool: `summarizeTranscript` with auto-chapters. */
async function alone(j: AnalyzeJob) {
  const text = await readFile(j.abs, 'utf8');
  const parsed = readTranscript(text, { fileName: j.fileName, edits: j.edits, chapterList: j.chapterList });
  return summarizeTranscript(parsed, { source: j.fileName, autoChapters: true });
}

describe('analyzeEpisodes', () => {
  it("analyzeEpisodes(jobs) gives each file's figures as it has alone (background keywords, auto-chapters), split into the library's part and the detail", async () => {
    const jobs = [job('2024-09-12-data-culture.srt'), job('2024-06-20-open-source-maintainers.vtt')];
    const got = await all(jobs);
    expect(got.map((g) => g.job)).toEqual(jobs);
    for (const { job: j, outcome } of got) {
      if (!outcome.ok) throw new Error(outcome.reason);
      const expected = alone(j);
      const { summary, topicScores, episode } = await expected;
      const detail = episodeDetail(outcome.texts!.rest, outcome.texts!.detail);
      expect(fullSummary(outcome.core.summary, detail)).toEqual(JSON.parse(JSON.stringify(summary)));
      expect(outcome.core.summary).not.toHaveProperty('topicFlow');
      expect(outcome.core.topicScores).toEqual(topicScores);
      expect(outcome.core.hostShare).toBe(summary.hostShare);
      const names = new Map(episode.speakers.map((s) => [s.id, s.name]));
      expect(detail.turns.map((t) => t.speaker)).toEqual(episode.turns.map((t) => names.get(t.speakerId)));
      const first = speakerTopics(episode)[0]!;
      expect(outcome.core.speakerTopics[first.name]).toEqual(
        Object.fromEntries(first.topics.map((t) => [t.id, t.score])),
      );
    }
  });

  it("analyzeEpisodes(jobs) takes the speaker topics, topic scores and turns from nlp's figures: what parsing the detail gives", async () => {
    const got = await all([job('2024-09-12-data-culture.srt'), job('2025-04-03-hiring-data-teams.txt')]);
    for (const { outcome } of got) {
      if (!outcome.ok) throw new Error(outcome.reason);
      const detail = JSON.parse(outcome.texts!.detail) as TranscriptDetail;
      expect(detail.turns.length).toBeGreaterThan(0);
      expect(outcome.core.speakerTopics).toEqual(detail.speakerTopics);
      expect(outcome.core.topicScores).toEqual(detail.topicScores);
    }
  });

  it("analyzeEpisodes(jobs, {index: true}) hands each file's archive record, as the archive makes it of the file parsed on its own", async () => {
    const chapterList = await readFile(path.join(dir, 'chapters.txt'), 'utf8');
    const jobs = [job('2024-09-12-data-culture.srt', { chapterList }), job('2024-03-14-feature-stores.md')];
    const got = await all(jobs, undefined, true);
    for (const { job: j, outcome } of got) {
      if (!outcome.ok) throw new Error(outcome.reason);
      const result = await readEpisode({
        bytes: await readFile(j.abs),
        fileName: j.fileName,
        edits: j.edits,
        chapterList: j.chapterList,
      });
      const record = archiveRecord(result, outcome.core.summary);
      expect(record.units.text.length).toBeGreaterThan(0);
      expect(outcome.record).toEqual(record);
    }
    expect((await all(jobs.slice(0, 1)))[0]!.outcome).not.toHaveProperty('record');
  });

  it('analyzeEpisodes(jobs, {library: true}) gives the same core as the whole analysis, without texts or record', async () => {
    const chapterList = await readFile(path.join(dir, 'chapters.txt'), 'utf8');
    const jobs = [
      job('2024-09-12-data-culture.srt', { chapterList }),
      job('2024-03-14-feature-stores.md'),
      job('2025-04-03-hiring-data-teams.txt'),
    ];
    const whole = await all(jobs, undefined, true);
    const library: { outcome: AnalyzeOutcome }[] = [];
    for await (const got of analyzeEpisodes(jobs, { library: true, index: true, jobs: 1 })) library.push(got);
    expect(library.map((g) => g.outcome)).toEqual(
      whole.map(({ outcome }) => (outcome.ok ? { ok: true, core: outcome.core } : outcome)),
    );
  });

  it("analyzeEpisodes(jobs) applies each job's speaker edits and chapter list", async () => {
    const file = '2024-09-12-data-culture.srt';
    const [plain] = await all([job(file)]);
    if (!plain!.outcome.ok) throw new Error(plain!.outcome.reason);
    const first = plain!.outcome.core.summary.speakers[0]!.name;
    const chapterList = await readFile(path.join(dir, 'chapters.txt'), 'utf8');
    const edited = job(file, { edits: { rename: { [first]: 'Renamed Person' }, merge: {} }, chapterList });
    const [got] = await all([edited]);
    if (!got!.outcome.ok) throw new Error(got!.outcome.reason);
    expect(got!.outcome.core.summary.speakers.map((s) => s.name)).toContain('Renamed Person');
    expect(
      fullSummary(got!.outcome.core.summary, episodeDetail(got!.outcome.texts!.rest, got!.outcome.texts!.detail)),
    ).toEqual(JSON.parse(JSON.stringify((await alone(edited)).summary)));
  });

  it('analyzeEpisodes(jobs) fails a file in no known format, and one with no turns, each with its reason', async () => {
    await writeFile(path.join(dir, 'notes.txt'), 'just some words with no speakers at all');
    await writeFile(path.join(dir, 'list.txt'), '00:00 Intro\n05:00 Middle\n10:00 End\n');
    const got = await all([
      { abs: path.join(dir, 'notes.txt'), fileName: 'notes.txt', edits: emptyEdits() },
      { abs: path.join(dir, 'list.txt'), fileName: 'list.txt', edits: emptyEdits() },
    ]);
    expect(got[0]!.outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/not a transcript/) });
    expect(got[1]!.outcome).toEqual({ ok: false, reason: 'a chapter list, not a transcript' });
  });
});
