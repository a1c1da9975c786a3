import { describe, expect, it } from 'vitest';
import { EDITS_EXPORT_FORMAT, makeEditsExport, readEditsExport } from './edits-export.js';
import { normaliseEdits } from './speaker-edits.js';

const edits = new Map([
  ['ep-b', normaliseEdits({ rename: { A: 'Ann Lee' }, merge: {} })],
  ['ep-a', normaliseEdits({ rename: {}, merge: { C: 'B', constructor: 'B' } })],
]);
const links = new Map([['episode:ep-a/dan', 'episode:ep-b/dan']]);

describe('edits export', () => {
  it('makeEditsExport(edits, links) lists episodes and links in a stable order', () => {
    const doc = makeEditsExport(edits, links, new Date('2026-01-02T03:04:05Z'));
    expect(doc.format).toBe(EDITS_EXPORT_FORMAT);
    expect(doc.exportedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(doc.episodes.map((e) => e.id)).toEqual(['ep-a', 'ep-b']);
    expect(doc.links).toEqual([{ key: 'episode:ep-a/dan', to: 'episode:ep-b/dan' }]);
  });
  it('readEditsExport(JSON of an export) gives back the same edits and links', () => {
    const back = readEditsExport(JSON.parse(JSON.stringify(makeEditsExport(edits, links))));
    if (!back.ok) throw new Error(JSON.stringify(back.diagnostics));
    expect(back.diagnostics).toEqual([]);
    expect(new Map(back.episodes.map((e) => [e.id, e.edits]))).toEqual(new Map([...edits].sort()));
    expect(back.links).toEqual([...links].map(([key, to]) => ({ key, to })));
    expect(Object.hasOwn(back.episodes[0]!.edits.merge, 'constructor')).toBe(true);
  });
  it('readEditsExport refuses another format or version as a whole, saying where', () => {
    expect(readEditsExport([])).toMatchObject({ ok: false, diagnostics: [{ path: '$' }] });
    expect(readEditsExport({ format: 'other', version: 1 })).toMatchObject({
      ok: false,
      diagnostics: [{ path: '$.format' }],
    });
    expect(readEditsExport({ format: EDITS_EXPORT_FORMAT, version: 99 })).toMatchObject({
      ok: false,
      diagnostics: [{ path: '$.version' }],
    });
    expect(readEditsExport({ format: EDITS_EXPORT_FORMAT, version: 1, episodes: {} })).toMatchObject({
      ok: false,
      diagnostics: [{ path: '$.episodes' }],
    });
  });
  it('readEditsExport leaves out a bad episode, entry or link with a diagnostic at its path, and keeps the rest', () => {
    const out = readEditsExport({
      format: EDITS_EXPORT_FORMAT,
      version: 1,
      episodes: [
        { id: 'ok', rename: { A: 'Ann', B: 7 } },
        { id: '' },
        'x',
        { id: 'ok', rename: { A: 'again' } },
        { id: 'm', merge: [] },
      ],
      links: [{ key: 'a', to: 'b' }, { key: 'a', to: 'a' }, { key: 3 }],
    });
    if (!out.ok) throw new Error('refused');
    expect(out.episodes.map((e) => [e.id, { ...e.edits.rename }])).toEqual([
      ['ok', { A: 'Ann' }],
      ['m', {}],
    ]);
    expect(out.links).toEqual([{ key: 'a', to: 'b' }]);
    expect(out.diagnostics.map((d) => d.path)).toEqual([
      '$.episodes[0].rename["B"]',
      '$.episodes[1]',
      '$.episodes[2]',
      '$.episodes[3].id',
      '$.episodes[4].merge',
      '$.links[1]',
      '$.links[2]',
    ]);
  });
});
