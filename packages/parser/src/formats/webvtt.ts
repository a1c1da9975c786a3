import type { Diagnostic } from '../model.js';
import type { FormatReader, RawItem, RawTranscript } from '../raw.js';
import { parseWebVTTCues } from '../webvtt/parse-webvtt-cues.js';
import { splitSpeakerPrefix, stripCueMarkup } from './cue-text.js';

const VOICE = /<v(?:\.[^\s>]*)?\s+([^>]*)>/;

/** WebVTT: `<v Name>` voice tags (YouTube, Teams), Zoom's `Name: text` cues, or no speaker at all. */
export const webvtt: FormatReader = {
  name: 'webvtt',
  extensions: ['.vtt', '.webvtt'],
  detect(text) {
    if (/^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(text)) return { score: 0.98, reason: 'starts with the WEBVTT signature' };
    return { score: 0, reason: 'no WEBVTT signature on the first line' };
  },
  read(text) {
    const parsed = parseWebVTTCues(text);
    const diagnostics: Diagnostic[] = parsed.problems.map((p) => ({ severity: 'warning', origin: 'parser:webvtt', message: p.message, position: p.position }));
    const items: RawItem[] = [];
    let label: string | undefined;
    for (const cue of parsed.cues) {
      const voice = VOICE.exec(cue.text);
      let body = stripCueMarkup(cue.text).trim();
      if (body === '') continue;
      if (voice) label = voice[1]!.trim() || undefined;
      else {
        const split = splitSpeakerPrefix(body);
        if (split.label !== undefined) {
          label = split.label;
          body = split.text;
        }
      }
      const start = Number.isFinite(cue.startTime) ? cue.startTime : undefined;
      const end = start !== undefined && cue.endTime > start ? cue.endTime : undefined;
      items.push({ kind: 'line', label, start, end, text: body.replace(/\s*\n\s*/g, ' '), position: cue.position });
    }
    return { format: 'webvtt', meta: {}, items, diagnostics } satisfies RawTranscript;
  },
};
