import type { Diagnostic, EpisodeMeta } from '../model.js';
import type { FormatReader, RawItem, RawLine, RawTranscript } from '../raw.js';
import { countWords } from '../text/count-words.js';
import { elementOffsets } from '../json/element-offsets.js';
import { createLineIndex } from '../text/line-index.js';
import { readJson } from '../json/read-json.js';
import { isObject, objects } from '../json/json-value.js';
import { UNIT_GAP_SECONDS } from '../json/merge-words.js';

interface Segment {
  speaker?: unknown;
  startTime?: unknown;
  endTime?: unknown;
  body?: unknown;
}

const num = (v: unknown) =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
      ? Number(v)
      : undefined;

/**
 * Podcasting 2.0 JSON transcripts; word-level segments are merged into turns.
 * @recognised Podcasting 2.0 `{ segments: [{speaker, startTime, endTime, body}] }`; word-level segments merged into
 *   turns
 * @speakers `speaker`
 * @times `startTime`, `endTime`
 */
export const podcastJson: FormatReader<'podcast-json'> = {
  name: 'podcast-json',
  label: 'Podcasting 2.0 JSON transcript',
  extensions: ['.json'],
  mediaTypes: ['application/json'],
  syntax: 'json',
  detect(text) {
    const json = readJson(text);
    if (!json.ok) return { score: 0, reason: 'not JSON' };
    const root = json.value;
    if (!isObject(root) || !Array.isArray(root.segments))
      return { score: 0, reason: 'no `segments` list of `{speaker, startTime, endTime, body}` (Podcasting 2.0)' };
    const segments = objects(root.segments).slice(0, 20);
    if (segments.length > 0 && !segments.some((s) => 'body' in s))
      return { score: 0, reason: '`segments` without a `body` (not Podcasting 2.0)' };
    return { score: 0.95, reason: 'a JSON object with `segments` of `body` texts (Podcasting 2.0)' };
  },
  read(text) {
    const diagnostics: Diagnostic[] = [];
    const index = createLineIndex(text);
    const json = readJson(text);
    const value = json.ok ? json.value : undefined;
    const error = json.ok ? undefined : json.error;
    const items: RawItem[] = [];
    const meta: Partial<EpisodeMeta> = {};
    if (error !== undefined || typeof value !== 'object' || value === null) {
      const at = json.ok ? 0 : json.offset;
      diagnostics.push({
        severity: 'error',
        origin: 'parser:json',
        message: `not valid JSON: ${error ?? 'not an object'}`,
        position: index.position(at, at + 1),
      });
      return { format: 'podcast-json', meta, items, diagnostics };
    }
    const root = value as { segments?: unknown; title?: unknown };
    if (typeof root.title === 'string') meta.title = root.title;
    if (!Array.isArray(root.segments)) {
      diagnostics.push({ severity: 'error', origin: 'parser:json', message: '`segments` is not a list' });
      return { format: 'podcast-json', meta, items, diagnostics };
    }
    const offsets = elementOffsets(text, 'segments');
    let prev: RawLine | undefined;
    root.segments.forEach((raw: unknown, n: number) => {
      const s = (raw ?? {}) as Segment;
      const at = offsets[n] ?? 0;
      const position = index.position(at, at + 1);
      if (typeof s.body !== 'string') {
        diagnostics.push({
          severity: 'warning',
          origin: 'parser:json-segment',
          message: `segment ${n} has no text body; skipped`,
          position,
        });
        return;
      }
      const label = typeof s.speaker === 'string' && s.speaker.trim() !== '' ? s.speaker : prev?.label;
      const start = num(s.startTime);
      const end = num(s.endTime);
      const body = s.body.trim();
      if (body === '') return;
      const ok = end !== undefined && start !== undefined && end >= start ? end : undefined;
      // Punctuation of its own joins the text before it.
      if (prev && prev.label === label && !/[\p{L}\p{N}]/u.test(body)) {
        prev.text += body;
        return;
      }
      // Word-level segments (a word or two each) go on the paragraph before them, each timed on its own, so the silence
      // between a speaker's words is nobody's talk; a pause of UNIT_GAP_SECONDS or more starts a new paragraph.
      const word = countWords(body) <= 2 && prev !== undefined && prev.label === label;
      const pause = start !== undefined && prev?.end !== undefined && start - prev.end >= UNIT_GAP_SECONDS;
      prev = {
        kind: 'line',
        label,
        start,
        end: ok,
        text: body,
        position,
        ...(word && !pause ? { continues: true } : {}),
      };
      items.push(prev);
    });
    return { format: 'podcast-json', meta, items, diagnostics } satisfies RawTranscript;
  },
};
