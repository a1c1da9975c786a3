import { isObject, num, objects, speakerLabel, str, type JsonObject } from '../json/json-value.js';
import { mergeWords } from '../json/merge-words.js';
import { jsonReader } from './json-reader.js';

/**
 * Rev.ai transcripts: `monologues` of a speaker, each a list of `text` and `punct` elements with `ts`/`end_ts` in seconds.
 * @recognised Rev.ai `monologues[].elements` (`text`/`punct`)
 * @speakers `speaker_name`, else `Speaker N`
 * @times `ts`/`end_ts`
 */
export const revAi = jsonReader({
  name: 'rev-ai',
  label: 'Rev.ai transcript JSON',
  expects: '`monologues` with `elements` (`ts`/`end_ts`) (Rev.ai)',
  match(v): JsonObject[] | undefined {
    if (!isObject(v)) return undefined;
    const ms = objects(v.monologues);
    return ms.length > 0 && ms.some((m) => Array.isArray(m.elements)) ? ms : undefined;
  },
  read: (monologues) => ({
    units: monologues.flatMap((m) => {
      const speaker = speakerLabel(str(m.speaker_name)) ?? speakerLabel(m.speaker);
      // Punctuation elements carry their own spaces (`" "`); words are joined by the merge.
      return mergeWords(
        objects(m.elements).map((e) => ({
          text: str(e.value) ?? '',
          start: num(e.ts),
          end: num(e.end_ts),
          speaker,
          attach: e.type === 'punct',
        })),
      ).map((u) => ({ ...u, speaker }));
    }),
  }),
});
