import { describe, expect, it } from 'vitest';
import { makeEpisode } from '../../test/episode.js';
import { pk, windowDiff } from '../evaluate/segmentation-error.js';
import { indexTerms } from '../text/index-terms.js';
import { autoChapters, linkedPhrase } from './auto-chapters.js';

const answer = (topic: string) =>
  `${topic} ${topic} matters. We built ${topic} tooling and ${topic} pipelines for years.`;
const lines: [string, number, string][] = [];
const subjects = ['kubernetes', 'hiring', 'dashboards', 'privacy'];
subjects.forEach((s, i) => {
  lines.push(['host', i * 150, `What about ${s}? How do you approach ${s}?`]);
  lines.push(['guest', i * 150 + 10, answer(s)]);
  lines.push(['host', i * 150 + 70, `Interesting, and ${s} at scale?`]);
  lines.push(['guest', i * 150 + 75, answer(s)]);
});
const episode = makeEpisode(lines, 600);

describe('autoChapters', () => {
  it('autoChapters(episode) cuts where the interview moves to a new subject, with titles from its phrases', () => {
    const chapters = autoChapters(episode);
    expect(chapters.map((c) => c.start)).toEqual([0, 150, 300, 450]);
    expect(chapters.every((c) => c.origin === 'auto')).toBe(true);
    expect(chapters[1]!.title).toMatch(/^Hiring\b/);
    expect(chapters.at(-1)!.end).toBe(600);
  });

  it('autoChapters(episode) titles a chapter by a phrase it says rather than by its two words apart', () => {
    const talk = makeEpisode(
      [
        ['host', 0, 'How do you store raw data? Where does data go?'],
        ['guest', 10, 'Our data lake. The data lake holds raw data, data from every lake of logs.'],
        ['host', 70, 'And the team? Who hires people?'],
        ['guest', 80, 'Recruiters hire people, recruiters screen people.'],
      ],
      140,
    );
    const titles = autoChapters(talk, { targetSeconds: 70 }).map((c) => c.title);
    expect(titles[0]).toBe('Data lake');
    // Kept apart, `data` (said in every chapter: generic in this episode) does not lead.
    expect(autoChapters(talk, { targetSeconds: 70, title: { merge: false } })[0]!.title).toBe('Lake and data');
  });

  it("autoChapters(episode) heads a chapter that opens with the host's question by the question's noun phrase", () => {
    const talk = makeEpisode(
      [
        ['host', 0, 'Great to have you. So what is data observability?'],
        ['guest', 10, 'Observability of data means you know when tables break. Data observability tools watch tables.'],
        ['host', 70, 'And how do you hire engineers? Where do engineers come from?'],
        ['guest', 80, 'We hire engineers from meetups, and engineers refer friends.'],
        ['host', 140, 'What about the cloud bill?'],
        ['guest', 150, 'The cloud bill grows; data grows and the bill grows with it.'],
      ],
      210,
    );
    expect(autoChapters(talk, { targetSeconds: 70 })[0]!.title).toBe('Data observability');
  });

  it('autoChapters(episode, {targetSeconds}) checks its option', () => {
    expect(() => autoChapters(episode, { targetSeconds: 0 })).toThrow(/targetSeconds/);
  });
});

describe('segmentation error', () => {
  it('pk and windowDiff are 0 for a perfect segmentation and high for none', () => {
    const o = { reference: [100, 200, 300], duration: 400 };
    expect(pk({ ...o, hypothesis: [100, 200, 300] })).toBe(0);
    expect(windowDiff({ ...o, hypothesis: [100, 200, 300] })).toBe(0);
    expect(pk({ ...o, hypothesis: [] })).toBeGreaterThan(0.4);
  });
});

describe('linkedPhrase', () => {
  const linkedEpisode = makeEpisode(
    [
      ['host', 0, 'How do you see the cost of storage?'],
      ['guest', 10, 'The comparison of vector databases is hard. Storage and cost differ.'],
    ],
    60,
  );
  const terms = indexTerms(linkedEpisode);
  const all = Array.from({ length: terms.count }, (_, i) => i);
  const keyOf = (word: string) => terms.keys[terms.term[all.find((o) => terms.surface(o) === word)!]!]!;

  it('linkedPhrase(episode, terms, selection, a, b) gives the words where the chapter joins the two by a linking word', () => {
    expect(linkedPhrase(linkedEpisode, terms, all, keyOf('storage'), keyOf('cost'))).toBe('cost of storage');
  });

  it('linkedPhrase gives undefined where the phrase goes on into a noun, or the two are never so joined', () => {
    expect(linkedPhrase(linkedEpisode, terms, all, keyOf('comparison'), keyOf('vector'))).toBeUndefined();
    expect(linkedPhrase(linkedEpisode, terms, [], keyOf('storage'), keyOf('cost'))).toBeUndefined();
  });
});
