import { isObject, num, objects, str, type JsonObject } from '../json/json-value.js';
import { mergeWords, type TimedWord } from '../json/merge-words.js';
import type { SpeechUnit } from '../json/speech-units.js';
import { jsonReader } from './json-reader.js';

/** The speaker of each time, from `speaker_labels.segments` (or `channel_labels.channels`), by start time. */
function speakerAt(results: JsonObject): (start: number | undefined) => string | undefined {
  const spans: { start: number; end: number; label: string }[] = [];
  const labels = isObject(results.speaker_labels) ? objects(results.speaker_labels.segments) : [];
  for (const s of labels) {
    const start = num(s.start_time);
    const end = num(s.end_time);
    const label = str(s.speaker_label);
    if (start !== undefined && end !== undefined && label) spans.push({ start, end, label });
  }
  const channels = isObject(results.channel_labels) ? objects(results.channel_labels.channels) : [];
  for (const c of channels)
    for (const i of objects(c.items)) {
      const start = num(i.start_time);
      const end = num(i.end_time);
      if (start !== undefined && end !== undefined)
        spans.push({ start, end, label: str(c.channel_label) ?? 'channel' });
    }
  spans.sort((a, b) => a.start - b.start);
  let k = 0;
  return (start) => {
    if (start === undefined || spans.length === 0) return undefined;
    // Items come in time order: walk forward, step back where a file is not in order.
    while (k > 0 && spans[k]!.start > start) k--;
    while (k + 1 < spans.length && spans[k + 1]!.start <= start) k++;
    const s = spans[k]!;
    return start >= s.start - 0.01 && start <= s.end + 0.01 ? s.label : undefined;
  };
}

function units(results: JsonObject): SpeechUnit[] {
  // Newer outputs group the items into `audio_segments`, each with its speaker.
  const segments = objects(results.audio_segments).filter((s) => typeof s.transcript === 'string');
  if (segments.length > 0)
    return segments.map((s) => ({
      speaker: str(s.speaker_label),
      start: num(s.start_time),
      end: num(s.end_time),
      text: str(s.transcript) ?? '',
    }));
  const at = speakerAt(results);
  let last: string | undefined;
  const words = objects(results.items).map((item): TimedWord => {
    const start = num(item.start_time);
    const alt = objects(item.alternatives)[0];
    const punct = item.type === 'punctuation';
    const speaker = str(item.speaker_label) ?? (punct ? last : at(start)) ?? last;
    last = speaker;
    return { text: str(alt?.content) ?? '', start, end: num(item.end_time), speaker, attach: punct };
  });
  if (words.length > 0) return mergeWords(words);
  const text = objects(results.transcripts)
    .map((t) => str(t.transcript) ?? '')
    .join(' ');
  return [{ text }];
}

/**
 * Amazon Transcribe output: `results.items` (speaker from `speaker_label` or `speaker_labels.segments`), or `audio_segments`. Seconds, as strings.
 * @recognised Amazon Transcribe `results`: `audio_segments`, else `items`
 * @speakers `speaker_label` on items, else `speaker_labels.segments` / channels
 * @times `start_time`/`end_time` (strings)
 */
export const awsTranscribe = jsonReader({
  name: 'aws-transcribe',
  label: 'Amazon Transcribe JSON',
  expects: '`results.items` or `results.transcripts` (Amazon Transcribe)',
  match(v): JsonObject | undefined {
    if (!isObject(v) || !isObject(v.results)) return undefined;
    const r = v.results;
    return Array.isArray(r.items) || objects(r.transcripts).some((t) => typeof t.transcript === 'string')
      ? r
      : undefined;
  },
  read: (results) => ({ units: units(results) }),
});
