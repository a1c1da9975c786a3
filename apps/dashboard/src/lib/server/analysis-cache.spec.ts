import { openArchive } from '@podlens/archive';
import { describe, expect, it } from 'vitest';
import { getAnalysis, getAnalysisDetail, pruneAnalyses, putAnalysis } from './analysis-cache.js';
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
  it('putAnalysis(db, entry, value, detail) keeps the detail apart: getAnalysisDetail(db, key) gives its text, getAnalysis leaves it', () => {
    const db = open();
    const detail = { turns: [{ speaker: 'Ann', start: 0, end: 1, text: 'hello' }], windows: [] };
    putAnalysis(db, { key: 'k', contentHash: 'h', analysisVersion: 'v1' }, { ok: true }, JSON.stringify(detail));
    expect(getAnalysis(db, 'k')).toEqual({ ok: true });
    expect(JSON.parse(getAnalysisDetail(db, 'k')!)).toEqual(detail);
    putAnalysis(db, { key: 'n', contentHash: 'h', analysisVersion: 'v1' }, { ok: false });
    expect(getAnalysisDetail(db, 'n')).toBeUndefined();
  });
  it('the stored blob is smaller than the JSON it holds', () => {
    const db = open();
    const value = { text: 'the same words again and again '.repeat(200) };
    putAnalysis(db, { key: 'k', contentHash: 'h', analysisVersion: 'v1' }, value);
    const size = db.prepare('SELECT length(outcome) FROM dashboard_analyses').pluck().get() as number;
    expect(size).toBeLessThan(JSON.stringify(value).length / 5);
  });
  it('a damaged row reads as missing, not as an error', () => {
    const db = open();
    db.prepare("INSERT INTO dashboard_analyses VALUES ('k', 'h', 'v1', x'0102', x'0102')").run();
    expect(getAnalysis(db, 'k')).toBeUndefined();
    expect(getAnalysisDetail(db, 'k')).toBeUndefined();
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
