import { isObject, num, objects, speakerLabel, str, type JsonObject } from '../json/json-value.js';
import { mergeWords, type TimedWord } from '../json/merge-words.js';
import type { SpeechUnit } from '../json/speech-units.js';
import { jsonReader } from './json-reader.js';

interface WhisperRoot {
  segments: JsonObject[];
  wordSegments: JsonObject[];
}

const wordOf = (w: JsonObject): TimedWord => ({
  text: str(w.word) ?? str(w.text) ?? '',
  start: num(w.start),
  end: num(w.end),
  speaker: speakerLabel(w.speaker),
  attach: false,
});

/** whisper.cpp's `-oj` output: `transcription` of `{offsets: {from, to} (ms), text}`; made into segments. */
function cppSegments(v: JsonObject): JsonObject[] | undefined {
  const items = objects(v.transcription);
  if (items.length === 0 || !items.slice(0, 20).every((t) => typeof t.text === 'string' && isObject(t.offsets)))
    return undefined;
  return items.map((t) => {
    const o = t.offsets as JsonObject;
    const from = num(o.from);
    const to = num(o.to);
    return {
      text: t.text,
      start: from === undefined ? undefined : from / 1000,
      end: to === undefined ? undefined : to / 1000,
      ...(t.speaker !== undefined ? { speaker: t.speaker } : {}),
    };
  });
}

const isSegment = (s: JsonObject) =>
  typeof s.text === 'string' && num(s.start) !== undefined && !('body' in s) && !('start_ms' in s);

/** A segment as one unit, or split where its words carry different speakers (WhisperX assigns speakers per word). */
function segmentUnits(s: JsonObject): SpeechUnit[] {
  const words = objects(s.words);
  const speakers = new Set(words.map((w) => w.speaker).filter((x) => x !== undefined));
  if (speakers.size > 1) return mergeWords(words.map(wordOf));
  return [
    {
      speaker: speakerLabel(s.speaker) ?? speakerLabel(words.find((w) => w.speaker !== undefined)?.speaker),
      start: num(s.start),
      end: num(s.end),
      text: str(s.text) ?? '',
    },
  ];
}

/**
 * Whisper JSON and its kin: OpenAI's `verbose_json`, whisper.cpp's `-oj`, whisper-timestamped, faster-whisper (a list of segments too),
 * WhisperX (`segments` with `speaker`, `word_segments`); seconds; also wrapped in another object.
 * @recognised Whisper JSON: OpenAI `verbose_json`, faster-whisper (a list of segments), whisper-timestamped, WhisperX
 *   (`speaker` on segments or words, `word_segments`); also wrapped in another object
 * @speakers `speaker` where given
 * @times segment `start`/`end`
 */
export const whisper = jsonReader({
  name: 'whisper',
  label: 'Whisper JSON (OpenAI, whisper.cpp, faster-whisper, whisper-timestamped, WhisperX)',
  expects:
    "`segments` with `start`/`end`/`text`, `word_segments`, or whisper.cpp's `transcription` with `offsets` (Whisper)",
  match(v): WhisperRoot | undefined {
    if (Array.isArray(v)) {
      const xs = objects(v);
      return xs.length > 0 && xs.length === v.length && xs.slice(0, 20).every(isSegment)
        ? { segments: xs, wordSegments: [] }
        : undefined;
    }
    if (!isObject(v)) return undefined;
    const cpp = cppSegments(v);
    if (cpp) return { segments: cpp, wordSegments: [] };
    const segments = objects(v.segments);
    const wordSegments = objects(v.word_segments).filter((w) => typeof (w.word ?? w.text) === 'string');
    if (segments.length > 0 && segments.slice(0, 20).every(isSegment)) return { segments, wordSegments };
    if (segments.length === 0 && wordSegments.length > 0) return { segments, wordSegments };
    return undefined;
  },
  read: ({ segments, wordSegments }) => ({
    units: segments.length > 0 ? segments.flatMap(segmentUnits) : mergeWords(wordSegments.map(wordOf)),
  }),
});
