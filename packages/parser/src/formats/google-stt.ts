import { isObject, num, objects, speakerLabel, str, type JsonObject } from '../json/json-value.js';
import { mergeWords, type TimedWord } from '../json/merge-words.js';
import type { SpeechUnit } from '../json/speech-units.js';
import { jsonReader } from './json-reader.js';

/** `"1.500s"`, `{seconds, nanos}` or a number of seconds. */
function duration(v: unknown): number | undefined {
  if (typeof v === 'string') return num(v.replace(/s$/, ''));
  if (isObject(v)) {
    const s = num(v.seconds) ?? 0;
    const n = num(v.nanos) ?? 0;
    return 'seconds' in v || 'nanos' in v ? s + n / 1e9 : undefined;
  }
  return num(v);
}

const wordOf = (w: JsonObject): TimedWord => ({
  text: str(w.word) ?? '',
  start: duration(w.startOffset ?? w.startTime),
  end: duration(w.endOffset ?? w.endTime),
  speaker: speakerLabel(w.speakerLabel) ?? speakerLabel(num(w.speakerTag) || undefined),
  attach: false,
});

function units(results: JsonObject[]): SpeechUnit[] {
  // With diarization, the last result repeats every word with its speaker.
  // (A speakerTag of 0 means "not diarized".)
  const tagged = [...results]
    .reverse()
    .find((r) =>
      objects(objects(r.alternatives)[0]?.words).some(
        (w) => (num(w.speakerTag) ?? 0) > 0 || typeof w.speakerLabel === 'string',
      ),
    );
  if (tagged) return mergeWords(objects(objects(tagged.alternatives)[0]?.words).map(wordOf));
  let previousEnd: number | undefined;
  return results.flatMap((r) => {
    const alt = objects(r.alternatives)[0];
    if (!alt) return [];
    const words = objects(alt.words).map(wordOf);
    const end = duration(r.resultEndOffset ?? r.resultEndTime) ?? words[words.length - 1]?.end;
    const start = words[0]?.start ?? previousEnd;
    previousEnd = end;
    const channel = num(r.channelTag);
    return [
      {
        text: str(alt.transcript) ?? '',
        start,
        end,
        ...(channel !== undefined && results.some((x) => num(x.channelTag) !== channel)
          ? { speaker: `Channel ${channel}` }
          : {}),
      },
    ];
  });
}

/**
 * Google Cloud Speech-to-Text responses (v1 and v2): `results[].alternatives[]` with `transcript` and `words`.
 * @recognised Google Speech-to-Text `results[].alternatives[]`
 * @speakers `speakerTag`/`speakerLabel` of the diarized words
 * @times word offsets, `resultEndTime`
 */
export const googleStt = jsonReader({
  name: 'google-stt',
  label: 'Google Cloud Speech-to-Text JSON',
  expects: '`results[].alternatives[].transcript` (Google Speech-to-Text)',
  match(v): JsonObject[] | undefined {
    if (!isObject(v)) return undefined;
    const results = objects(v.results);
    return results.length > 0 &&
      results.every((r) => Array.isArray(r.alternatives)) &&
      results.some((r) => objects(r.alternatives).some((a) => typeof a.transcript === 'string'))
      ? results
      : undefined;
  },
  read: (results) => ({ units: units(results) }),
});
