import { describe, expect, it } from 'vitest';
import type { AnalyzeSettings } from './analyze-file.js';
import { packSettings, unpackSettings } from './settings-wire.js';

const documentFrequency: Record<string, number> = Object.create(null);
Object.assign(documentFrequency, { mlop: 3, 'data scienc': 2, constructor: 1 });
const settings: AnalyzeSettings = {
  method: 'combined',
  autoChapters: false,
  people: { ann: 'Ann Lee' },
  stats: { documents: 4, documentFrequency },
  model: {
    labels: ['mlops', 'sql'],
    vocabulary: ['mlop', 'data scienc', 'queri'],
    idf: [1.5, 1.25, 2],
    weights: [
      [0.1, -0.2, 0.30001],
      [-1e-5, 0, 2],
    ],
    bias: [-0.5, 0.25],
  },
};

describe('packSettings / unpackSettings', () => {
  it('unpackSettings(structuredClone(packSettings(settings))) is the settings again, number for number', () => {
    const back = unpackSettings(structuredClone(packSettings(settings)));
    expect(back).toEqual(settings);
    expect(Object.getPrototypeOf(back.stats!.documentFrequency)).toBeNull();
  });

  it('packSettings keeps keys in one string and numbers in typed arrays; settings without stats or model pass as they are', () => {
    const wire = packSettings(settings);
    expect(typeof wire.stats!.keys).toBe('string');
    expect(wire.stats!.counts).toBeInstanceOf(Int32Array);
    expect(Array.from(wire.model!.weights)).toEqual([0.1, -0.2, 0.30001, -1e-5, 0, 2]);
    const plain: AnalyzeSettings = { method: 'taxonomy', autoChapters: true };
    expect(unpackSettings(packSettings(plain))).toEqual(plain);
  });

  it('an empty vocabulary and empty statistics come back empty', () => {
    const empty: AnalyzeSettings = {
      method: 'learned',
      autoChapters: false,
      stats: { documents: 0, documentFrequency: Object.create(null) as Record<string, number> },
      model: { labels: [], vocabulary: [], idf: [], weights: [], bias: [] },
    };
    const back = unpackSettings(packSettings(empty));
    expect(back.model!.vocabulary).toEqual([]);
    expect(Object.keys(back.stats!.documentFrequency)).toEqual([]);
  });
});
