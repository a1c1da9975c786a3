import { isObject, num, objects, str, type JsonObject } from '../json/json-value.js';
import { parseTimestamp } from '../text/parse-timestamp.js';
import { jsonReader } from './json-reader.js';

/** `start_ms`, else `start` as a clock stamp (`00:01:02.500`) or a number of milliseconds. */
function time(entry: JsonObject, key: 'start' | 'end'): number | undefined {
  const msValue = num(entry[`${key}_ms`]);
  if (msValue !== undefined) return msValue / 1000;
  const v = entry[key];
  if (typeof v === 'string') return parseTimestamp(v) ?? (num(v) !== undefined ? num(v)! / 1000 : undefined);
  const n = num(v);
  return n === undefined ? undefined : n / 1000;
}

const isEntry = (e: JsonObject) =>
  typeof e.text === 'string' && ('start_ms' in e || 'voice' in e || typeof e.start === 'string');

/**
 * Podlove Publisher / Web Player transcripts: a list of `{start, start_ms, end, end_ms, speaker, voice, text}`.
 * @recognised Podlove transcript JSON: a list of `{start, start_ms, end_ms, voice, text}`
 * @speakers `voice`, else `speaker`
 * @times `start_ms`/`end_ms`
 */
export const podloveJson = jsonReader({
  name: 'podlove-json',
  label: 'Podlove transcript JSON',
  expects: 'a list of `{start_ms, end_ms, voice, text}` (Podlove)',
  match(v): JsonObject[] | undefined {
    const xs = Array.isArray(v) ? objects(v) : isObject(v) ? objects(v.transcripts ?? v.transcript) : [];
    return xs.length > 0 && xs.slice(0, 20).every(isEntry) ? xs : undefined;
  },
  read: (entries) => ({
    units: entries.map((e) => ({
      speaker: str(e.voice)?.trim() || str(e.speaker)?.trim() || undefined,
      start: time(e, 'start'),
      end: time(e, 'end'),
      text: str(e.text) ?? '',
    })),
  }),
});
