import { isObject, num, objects, speakerLabel, str, type JsonObject } from '../json/json-value.js';
import { parseIsoDuration } from '../text/parse-timestamp.js';
import { jsonReader } from './json-reader.js';

/** Ticks (100 ns) where given, else an ISO 8601 duration (`PT1.23S`). */
function seconds(phrase: JsonObject, key: 'offset' | 'duration'): number | undefined {
  const ticks = num(phrase[`${key}InTicks`]);
  if (ticks !== undefined) return ticks / 1e7;
  const v = phrase[key];
  return typeof v === 'string' ? parseIsoDuration(v) : num(v) !== undefined ? num(v)! / 1e7 : undefined;
}

/**
 * Azure AI Speech batch transcription results: `recognizedPhrases` with `speaker` (or `channel`), `offset`, `duration`, `nBest`.
 * @recognised Azure AI Speech batch `recognizedPhrases[].nBest`
 * @speakers `speaker`, else `Channel N`
 * @times `offsetInTicks`/`durationInTicks` or ISO `offset`
 */
export const azureSpeech = jsonReader({
  name: 'azure-speech',
  label: 'Azure AI Speech batch transcription JSON',
  expects: '`recognizedPhrases` with `nBest` (Azure AI Speech)',
  match(v): JsonObject[] | undefined {
    if (!isObject(v)) return undefined;
    const phrases = objects(v.recognizedPhrases);
    return phrases.length > 0 && phrases.some((p) => Array.isArray(p.nBest)) ? phrases : undefined;
  },
  read(phrases) {
    const channels = new Set(phrases.map((p) => num(p.channel) ?? 0));
    return {
      units: phrases
        .filter((p) => p.recognitionStatus === undefined || p.recognitionStatus === 'Success')
        .map((p) => {
          const start = seconds(p, 'offset');
          const length = seconds(p, 'duration');
          const best = objects(p.nBest)[0];
          const speaker = speakerLabel(p.speaker) ?? (channels.size > 1 ? `Channel ${num(p.channel) ?? 0}` : undefined);
          return {
            speaker,
            start,
            end: start !== undefined && length !== undefined ? start + length : undefined,
            text: str(best?.display) ?? str(best?.lexical) ?? '',
          };
        })
        .sort((a, b) => (a.start ?? 0) - (b.start ?? 0)),
    };
  },
});
