import { openArchive } from '@podlens/archive';
import { describe, expect, it } from 'vitest';
import {
  getAnalyses,
  getAnalysis,
  getAnalysisDetail,
  getAnalysisRest,
  parseAnalysis,
  pruneAnalyses,
  putAnalysis,
} from './analysis-cache.js';
import { ensureStateSchema } from './state-schema.js';

const open = () => {
  const db = openArchive(':memory:');
  ensureStateSchema(db);
  return db;
};

describe('analysis cache', () => {
  it('putAnalysis(db, entry, value) then getAnalysis(db, key) gives the value back whole', () => {
    const db = open();
    const value = {
      ok: true,
      core: { turns: Array.from({ length: 50 }, (_, i) => ({ speaker: 'Ann', text: `turn ${i} ünïcödé` })) },
    };
    putAnalysis(db, { key: 'k', contentHash: 'h', analysisVersion: 'v1' }, value);
    expect(getAnalysis(db, 'k')).toEqual(value);
    expect(getAnalysis(db, 'missing')).toBeUndefined();
  });
  it('putAnalysis(db, entry, value, texts) keeps the texts apart: getAnalysisDetail(db, key) gives both, getAnalysisRest the rest alone, getAnalysis neither', () => {
    const db = open();
    const detail = { turns: [{ speaker: 'Ann', start: 0, end: 1, text: 'hello' }], windows: [] };
    const rest = { topicFlow: null, chapters: [] };
    const texts = { rest: JSON.stringify(rest), detail: JSON.stringify(detail) };
    putAnalysis(db, { key: 'k', contentHash: 'h', analysisVersion: 'v1' }, { ok: true }, texts);
    expect(getAnalysis(db, 'k')).toEqual({ ok: true });
    expect(getAnalysisDetail(db, 'k')).toEqual(texts);
    expect(JSON.parse(getAnalysisRest(db, 'k')!)).toEqual(rest);
    putAnalysis(db, { key: 'n', contentHash: 'h', analysisVersion: 'v1' }, { ok: false });
    expect(getAnalysisDetail(db, 'n')).toBeUndefined();
    expect(getAnalysisRest(db, 'n')).toBeUndefined();
  });
  it('the stored detail is smaller than the JSON it holds', () => {
    const db = open();
    const detail = JSON.stringify({ text: 'the same words again and again '.repeat(200) });
    putAnalysis(db, { key: 'k', contentHash: 'h', analysisVersion: 'v1' }, { ok: true }, { rest: '{}', detail });
    const size = db.prepare('SELECT length(detail) FROM dashboard_analyses').pluck().get() as number;
    expect(size).toBeLessThan(detail.length / 5);
  });
  it('getAnalyses(db, version) gives every outcome of that version as JSON text by key; parseAnalysis reads each', () => {
    const db = open();
    putAnalysis(db, { key: 'a', contentHash: 'h', analysisVersion: 'v1' }, { ok: true, n: 1 });
    putAnalysis(db, { key: 'b', contentHash: 'h', analysisVersion: 'v2' }, { ok: true, n: 2 });
    putAnalysis(db, { key: 'c', contentHash: 'h', analysisVersion: 'v1' }, { ok: false, reason: 'x' });
    const all = getAnalyses(db, 'v1');
    expect([...all.keys()].sort()).toEqual(['a', 'c']);
    expect(parseAnalysis(all.get('a'))).toEqual(getAnalysis(db, 'a'));
    expect(parseAnalysis(all.get('c'))).toEqual({ ok: false, reason: 'x' });
    expect(parseAnalysis(all.get('b'))).toBeUndefined();
    expect(parseAnalysis('{damaged')).toBeUndefined();
  });
  it('a damaged row reads as missing, not as an error', () => {
    const db = open();
    db.prepare("INSERT INTO dashboard_analyses VALUES ('k', 'h', 'v1', '{damaged', x'0102', x'0102')").run();
    expect(getAnalysis(db, 'k')).toBeUndefined();
    expect(getAnalysisDetail(db, 'k')).toBeUndefined();
    expect(getAnalysisRest(db, 'k')).toBeUndefined();
  });
  it('pruneAnalyses(db, version, keep) removes rows of other versions and keys not kept', () => {
    const db = open();
    putAnalysis(db, { key: 'a', contentHash: 'h', analysisVersion: 'v1' }, 1);
    putAnalysis(db, { key: 'b', contentHash: 'h', analysisVersion: 'v2' }, 2);
    putAnalysis(db, { key: 'c', contentHash: 'h', analysisVersion: 'v2' }, 3);
    expect(pruneAnalyses(db, 'v2', new Set(['a', 'b']))).toBe(2);
    expect([getAnalysis(db, 'a'), getAnalysis(db, 'b'), getAnalysis(db, 'c')]).toEqual([undefined, 2, undefined]);
  });
});
