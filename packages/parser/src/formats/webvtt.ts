import type { Diagnostic } from '../model.js';
import type { FormatReader, RawItem, RawTranscript } from '../raw.js';
import { parseWebVTTCues, type WebVTTCue } from '../webvtt/parse-webvtt-cues.js';
import { createLineIndex } from '../text/line-index.js';
import { scanLines } from '../text/scan-lines.js';
import { cueLines } from './cue-lines.js';
import { countSpeakerPrefixes, splitCueSpeakers } from './cue-speakers.js';
import { isRolling, newCueText } from './rolling-captions.js';
import { voiceSegments } from './voice-segments.js';

const LENIENT_TIMING = /^\s*((?:\d+:)?\d+:\d+(?:[.,]\d+)?)\s*-->\s*((?:\d+:)?\d+:\d+(?:[.,]\d+)?)/;

function lenientSeconds(stamp: string): number {
  return stamp.split(':').reduce((acc, part) => acc * 60 + Number(part.replace(',', '.')), 0);
}

/**
 * The WebVTT algorithm drops a cue with a malformed timestamp (`00:45:23.1000`); a transcript reader should not
 * lose its words. Such cues are read again leniently, with a warning.
 */
function recoverDroppedCues(text: string, lines: number[]): { cues: WebVTTCue[]; diagnostics: Diagnostic[] } {
  const all = scanLines(text);
  const index = createLineIndex(text);
  const cues: WebVTTCue[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const lineNo of lines) {
    const timing = all[lineNo - 1];
    const m = timing && LENIENT_TIMING.exec(timing.text);
    if (!timing || !m) continue;
    let last = lineNo;
    while (last < all.length && all[last]!.text.trim() !== '' && !all[last]!.text.includes('-->')) last++;
    const body = all.slice(lineNo, last);
    if (body.length === 0) continue;
    const startTime = lenientSeconds(m[1]!);
    const endTime = lenientSeconds(m[2]!);
    const position = index.position(timing.start, body[body.length - 1]!.end);
    cues.push({ id: '', startTime, endTime, text: body.map((l) => l.text).join('\n'), settings: '', position });
    diagnostics.push({
      severity: 'warning',
      origin: 'parser:webvtt-timing',
      message: `malformed cue timing '${timing.text.trim()}' read leniently as ${startTime}s --> ${endTime}s`,
      position,
    });
  }
  return { cues, diagnostics };
}

/**
 * WebVTT: `<v Name>` voice tags (YouTube, Teams), Zoom's `Name: text` cues, or no speaker at all.
 * @recognised `WEBVTT` signature; parsed by the WebVTT algorithm (WPT-conformant), malformed timings recovered with a
 *   warning; YouTube's rolling auto-captions (`<c>` word stamps, each line repeated in the next cue) counted once
 * @speakers `<v Name>` (Teams, also two voices in a cue; the older `<v objectId@tenant>` as `Speaker 3f1d2e6a`),
 *   Zoom's and Descript's `Name: text` (written like a name, or used again and again; a cue's later line naming a
 *   known speaker splits the cue)
 * @times cue times, shared by words in a split cue
 */
export const webvtt: FormatReader<'webvtt'> = {
  name: 'webvtt',
  extensions: ['.vtt', '.webvtt'],
  label: 'WebVTT captions',
  mediaTypes: ['text/vtt'],
  detect(text) {
    if (/^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(text)) return { score: 0.98, reason: 'starts with the WEBVTT signature' };
    return { score: 0, reason: 'no WEBVTT signature on the first line' };
  },
  read(text) {
    const parsed = parseWebVTTCues(text);
    const dropped = parsed.problems.filter((p) => /cue dropped/.test(p.message));
    const recovered = recoverDroppedCues(
      text,
      dropped.map((p) => p.position.start.line),
    );
    const diagnostics: Diagnostic[] = parsed.problems
      .filter(
        (p) =>
          !/cue dropped/.test(p.message) ||
          !recovered.cues.some((c) => c.position.start.line === p.position.start.line),
      )
      .map((p) => ({ severity: 'warning', origin: 'parser:webvtt', message: p.message, position: p.position }));
    for (const d of recovered.diagnostics) diagnostics.push(d);
    if (!parsed.ok)
      diagnostics.push({ severity: 'error', origin: 'parser:webvtt', message: 'not a WebVTT file: bad signature' });
    const cues = [...parsed.cues, ...recovered.cues].sort((a, b) => a.position.start.offset - b.position.start.offset);
    const rolling = isRolling(cues);
    const texts = rolling ? newCueText(cues) : cues.map((c) => c.text);
    if (rolling)
      diagnostics.push({
        severity: 'info',
        origin: 'parser:webvtt-rolling',
        message:
          'rolling captions (each cue shows the line before it again): every line is counted once, at the cue that adds it',
      });
    const segments = texts.map((t) => (t === undefined ? [] : voiceSegments(t)));
    const counts = countSpeakerPrefixes(
      segments
        .flat()
        .filter((s) => s.voice === undefined)
        .map((s) => s.body),
    );
    const items: RawItem[] = [];
    let label: string | undefined;
    cues.forEach((cue, i) => {
      const parts: { label: string | undefined; text: string }[] = [];
      for (const seg of segments[i]!) {
        if (seg.voice !== undefined) {
          label = seg.voice || undefined;
          if (seg.body.trim() !== '') parts.push({ label, text: seg.body });
          continue;
        }
        for (const part of splitCueSpeakers(seg.body, counts)) {
          if (part.labelled) label = part.label;
          if (part.text.trim() !== '') parts.push({ label, text: part.text });
        }
      }
      const start = Number.isFinite(cue.startTime) ? cue.startTime : undefined;
      const end = start !== undefined && cue.endTime > start ? cue.endTime : undefined;
      items.push(...cueLines(parts, start, end, cue.position));
    });
    return { format: 'webvtt', meta: {}, items, diagnostics } satisfies RawTranscript;
  },
};
