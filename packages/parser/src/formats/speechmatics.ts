import { isObject, num, objects, speakerLabel, str, type JsonObject } from '../json/json-value.js';
import { mergeWords } from '../json/merge-words.js';
import { jsonReader } from './json-reader.js';

/**
 * Speechmatics `json-v2` transcripts: `results` of `word` and `punctuation` items with `start_time`/`end_time` and `alternatives[].speaker`.
 * @recognised Speechmatics `json-v2` `results` of words and punctuation
 * @speakers `alternatives[].speaker` (`S1`)
 * @times `start_time`/`end_time`
 */
export const speechmatics = jsonReader({
  name: 'speechmatics',
  label: 'Speechmatics JSON',
  expects: '`results` of `word`/`punctuation` items with `start_time` (Speechmatics)',
  match(v): JsonObject[] | undefined {
    if (!isObject(v)) return undefined;
    const results = objects(v.results);
    return results.length > 0 &&
      results
        .slice(0, 20)
        .every((r) => typeof r.type === 'string' && num(r.start_time) !== undefined && Array.isArray(r.alternatives))
      ? results
      : undefined;
  },
  read: (results) => ({
    units: mergeWords(
      results.map((r) => {
        const alt = objects(r.alternatives)[0];
        const speaker = str(alt?.speaker);
        return {
          text: str(alt?.content) ?? '',
          start: num(r.start_time),
          end: num(r.end_time),
          speaker: speaker === 'UU' ? undefined : speakerLabel(speaker),
          attach: r.type === 'punctuation' && r.attaches_to !== 'next',
        };
      }),
    ),
  }),
});
