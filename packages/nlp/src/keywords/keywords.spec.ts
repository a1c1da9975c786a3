import { describe, expect, it } from 'vitest';
import { makeEpisode } from '../../test/episode.js';
import { buildCorpusStats } from '../corpus/build-corpus-stats.js';
import { keywords } from './keywords.js';

const episode = makeEpisode([
  ['alexey', 0, 'Hi Maria, welcome. Yeah, so, let us talk about MLOps and the data lake.'],
  [
    'maria',
    20,
    'Yeah, actually, MLOps is basically, you know, running models. Our data lake [laughs] holds everything.',
  ],
  ['alexey', 60, 'How did the data lake help MLOps, Maria?'],
  ['maria', 80, 'The data lake and MLOps, kind of, go together. We also wrote open source tools. Open source matters.'],
]);

describe('keywords', () => {
  it('keywords(episode) finds multi-word terms and acronyms, no fillers or names', () => {
    const terms = keywords(episode).map((k) => k.term);
    expect(terms).toContain('MLOps');
    expect(terms).toContain('data lake');
    expect(terms).toContain('open source');
    for (const bad of ['yeah', 'actually', 'basically', 'know', 'kind', 'laughs', 'Maria', 'maria']) {
      expect(terms).not.toContain(bad);
    }
  });

  it('keywords(episode) deduplicates a word that only occurs inside a phrase', () => {
    const terms = keywords(episode).map((k) => k.term);
    expect(terms).not.toContain('lake');
  });

  it('keywords(episode) gives occurrences that point into the paragraphs', () => {
    const mlops = keywords(episode).find((k) => k.term === 'MLOps')!;
    expect(mlops.count).toBe(4);
    for (const o of mlops.occurrences) {
      const text = episode.turns[o.turn]!.paragraphs[o.paragraph]!.text;
      expect(text.slice(o.offset, o.offset + o.length)).toBe('MLOps');
    }
  });

  it('keywords({episode, start, end}) looks only at that window', () => {
    const terms = keywords({ episode, start: 80 }).map((k) => k.term);
    expect(terms).toContain('open source');
    expect(keywords({ episode, end: 60 }).map((k) => k.term)).not.toContain('open source');
  });

  it('keywords(episode, {stats}) weights terms against the corpus', () => {
    const other = makeEpisode([['a', 0, 'MLOps MLOps MLOps and more MLOps about deployment.']]);
    const stats = buildCorpusStats([episode, other]);
    expect(stats.documents).toBe(2);
    expect(stats.documentFrequency['mlop']).toBe(2);
    const top = keywords(episode, { stats, limit: 3 }).map((k) => k.term);
    expect(top[0]).toBe('data lake');
  });

  it('keywords(episode) keeps noun phrases and leaves out verb fragments, unless asked for every term', () => {
    const e = makeEpisode([
      ['host', 0, 'The knowledge graph can help build trust. Innovation requires patience.'],
      ['guest', 30, 'A knowledge graph, yes. Innovation requires time, and we help build it.'],
    ]);
    const terms = keywords(e).map((k) => k.term);
    expect(terms).toContain('knowledge graph');
    expect(terms).not.toContain('help build');
    expect(terms).not.toContain('innovation requires');
    expect(keywords(e, { nounPhrases: false }).map((k) => k.term)).toContain('help build');
  });

  it('keywords(episode) checks the spelling it shows: a stem said mostly as a verb is left out', () => {
    const e = makeEpisode([
      ['host', 0, 'Investment. Investment. Investment. Investment. Investment. The data lake.'],
      ['guest', 30, 'We invest. They invest. You invest. I invest. So invest. Just invest. In the data lake.'],
    ]);
    const terms = keywords(e).map((k) => k.term);
    expect(terms).toContain('data lake');
    expect(terms.some((t) => /^invest$/i.test(t))).toBe(false);
    expect(keywords(e, { nounPhrases: false }).map((k) => k.term.toLowerCase())).toContain('invest');
  });
});
