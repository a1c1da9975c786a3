import { isObject, num, objects, speakerLabel, str, type JsonObject } from '../json/json-value.js';
import { mergeWords, type TimedWord } from '../json/merge-words.js';
import type { SpeechUnit } from '../json/speech-units.js';
import { jsonReader } from './json-reader.js';

/** One channel's best alternative: paragraphs' sentences where present, else its words. Seconds. */
function channelUnits(channel: JsonObject, label: string | undefined): SpeechUnit[] {
  const alt = objects(channel.alternatives)[0];
  if (!alt) return [];
  const paragraphs = isObject(alt.paragraphs) ? objects(alt.paragraphs.paragraphs) : [];
  if (paragraphs.length > 0)
    return paragraphs.flatMap((p) =>
      objects(p.sentences).map((s) => ({
        speaker: speakerLabel(p.speaker) ?? label,
        start: num(s.start),
        end: num(s.end),
        text: str(s.text) ?? '',
      })),
    );
  const words = objects(alt.words);
  if (words.length > 0)
    return mergeWords(
      words.map((w): TimedWord => ({
        text: str(w.punctuated_word) ?? str(w.word) ?? '',
        start: num(w.start),
        end: num(w.end),
        speaker: speakerLabel(w.speaker) ?? label,
        attach: false,
      })),
    );
  const text = str(alt.transcript) ?? '';
  return text.trim() ? [{ text, speaker: label }] : [];
}

function units(results: JsonObject): SpeechUnit[] {
  const utterances = objects(results.utterances);
  const channels = objects(results.channels);
  if (utterances.length > 0) {
    const multi = channels.length > 1;
    return utterances.map((u) => ({
      speaker:
        speakerLabel(u.speaker) ?? (multi && num(u.channel) !== undefined ? `Channel ${num(u.channel)}` : undefined),
      start: num(u.start),
      end: num(u.end),
      text: str(u.transcript) ?? '',
    }));
  }
  // Several channels without diarization: each channel is a speaker; their units interleave by time.
  const all = channels.flatMap((c, i) => channelUnits(c, channels.length > 1 ? `Channel ${i}` : undefined));
  return channels.length > 1 ? all.sort((a, b) => (a.start ?? 0) - (b.start ?? 0)) : all;
}

/**
 * Deepgram `/listen` responses: `results.utterances`, else each channel's paragraphs or words (with `speaker`); seconds.
 * @recognised Deepgram `/listen` response: `results.utterances`, else each channel's `paragraphs` or `words`
 * @speakers `speaker` (`Speaker 0`), else `Channel N`
 * @times `start`/`end` in s
 */
export const deepgram = jsonReader({
  name: 'deepgram',
  label: 'Deepgram /listen JSON',
  expects: '`results.utterances` or `results.channels[].alternatives` (Deepgram)',
  match(v): JsonObject | undefined {
    if (!isObject(v) || !isObject(v.results)) return undefined;
    const r = v.results;
    if (objects(r.utterances).some((u) => typeof u.transcript === 'string')) return r;
    if (
      objects(r.channels).some((c) =>
        objects(c.alternatives).some((a) => typeof a.transcript === 'string' || Array.isArray(a.words)),
      )
    )
      return r;
    return undefined;
  },
  read: (results) => ({ units: units(results) }),
});
