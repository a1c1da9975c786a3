import { isObject, list, num, objects, speakerLabel, str, type JsonObject } from '../json/json-value.js';
import { mergeWords } from '../json/merge-words.js';
import type { SpeechUnit } from '../json/speech-units.js';
import { jsonReader } from './json-reader.js';

/** A time in milliseconds as seconds: `start`/`end`, or `start_ms`/`end_ms` as exports of AssemblyAI results name them. */
const ms = (x: JsonObject, key: 'start' | 'end') => {
  const n = num(x[key]) ?? num(x[`${key}_ms`]);
  return n === undefined ? undefined : n / 1000;
};

/** A list of `{text, start, end}` in milliseconds: AssemblyAI's utterances, words, sentences or paragraphs. */
const timedTexts = (v: unknown) => {
  const xs = objects(v);
  return xs.length > 0 && xs.slice(0, 20).every((x) => typeof x.text === 'string' && ms(x, 'start') !== undefined)
    ? xs
    : undefined;
};

function units(root: JsonObject): SpeechUnit[] {
  const utterances = timedTexts(root.utterances);
  if (utterances)
    return utterances.map((u) => ({
      speaker: speakerLabel(u.speaker),
      start: ms(u, 'start'),
      end: ms(u, 'end'),
      text: str(u.text) ?? '',
    }));
  const words = timedTexts(root.words);
  if (words)
    return mergeWords(
      words.map((w) => ({
        text: str(w.text) ?? '',
        start: ms(w, 'start'),
        end: ms(w, 'end'),
        speaker: speakerLabel(w.speaker),
      })),
    );
  const blocks = timedTexts(root.paragraphs) ?? timedTexts(root.sentences) ?? [];
  return blocks.map((b) => ({
    speaker: speakerLabel(b.speaker),
    start: ms(b, 'start'),
    end: ms(b, 'end'),
    text: str(b.text) ?? '',
  }));
}

/**
 * AssemblyAI transcripts (`GET /v2/transcript/{id}`, and its `/sentences` and `/paragraphs`): `utterances` with a
 * speaker letter, else `words`; times in milliseconds.
 * @recognised AssemblyAI transcript JSON: `utterances`, else `words` (also `/sentences`, `/paragraphs`)
 * @speakers `speaker` (`A` as `Speaker A`)
 * @times `start`/`end` in ms
 */
export const assemblyai = jsonReader({
  name: 'assemblyai',
  label: 'AssemblyAI transcript JSON',
  expects:
    '`utterances`, `words`, `sentences` or `paragraphs` with `text` and `start`/`end` in milliseconds (AssemblyAI)',
  match(v): JsonObject | undefined {
    if (!isObject(v)) return undefined;
    // AssemblyAI's own keys tell it from other `words` lists: an `audio_duration`, `acoustic_model`, `confidence` and `status`,
    // or utterances/words of `{text, start, end}` with integer millisecond times.
    const own = 'audio_duration' in v || 'acoustic_model' in v || 'speech_model' in v || 'language_model' in v;
    const lists = [v.utterances, v.words, v.paragraphs, v.sentences].map(timedTexts).filter((x) => x !== undefined);
    if (lists.length === 0) return undefined;
    const raw = (x: JsonObject, key: 'start' | 'end') => num(x[key]) ?? num(x[`${key}_ms`]);
    const integers = lists[0]!
      .slice(0, 20)
      .every(
        (x) => Number.isInteger(raw(x, 'start')) && (raw(x, 'end') === undefined || Number.isInteger(raw(x, 'end'))),
      );
    return own || (integers && list(v.utterances ?? v.words).length > 0 && !('segments' in v)) ? v : undefined;
  },
  read: (root) => ({ units: units(root) }),
});
