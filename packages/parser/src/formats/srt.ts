import type { Diagnostic } from '../model.js';
import type { FormatReader, RawItem, RawTranscript } from '../raw.js';
import { createLineIndex } from '../text/line-index.js';
import { parseTimestamp } from '../text/parse-timestamp.js';
import { scanLines } from '../text/scan-lines.js';
import { stripCueMarkup } from './cue-text.js';
import { labelledCueLines, type Cue } from './cue-lines.js';

const TIMING = /^\s*(\d{1,3}:\d{1,2}:\d{1,2}(?:[,.]\d{1,3})?)\s*-->\s*(\d{1,3}:\d{1,2}:\d{1,2}(?:[,.]\d{1,3})?)/;

/**
 * SubRip: numbered cues; the speaker is a `Name: ` prefix, carried until it changes.
 * @recognised numbered cues with `hh:mm:ss,mmm -->`
 * @speakers `Name:` prefix as in WebVTT, carried until it changes; a speaker change inside a cue splits it
 * @times cue times
 */
export const srt: FormatReader<'srt'> = {
  name: 'srt',
  extensions: ['.srt'],
  label: 'SubRip subtitles',
  mediaTypes: ['application/x-subrip', 'text/plain'],
  detect(text) {
    const head = scanLines(text.replace(/^\uFEFF/, '').slice(0, 4000)).map((l) => l.text);
    const i = head.findIndex((l) => l.trim() !== '');
    if (i < 0) return { score: 0, reason: 'no text' };
    if (/^\s*\d+\s*$/.test(head[i]!) && TIMING.test(head[i + 1] ?? '') && (head[i + 1] ?? '').includes(','))
      return { score: 0.9, reason: 'a cue number, then an `hh:mm:ss,mmm --> hh:mm:ss,mmm` line' };
    if (TIMING.test(head[i] ?? '') || (/^\s*\d+\s*$/.test(head[i]!) && TIMING.test(head[i + 1] ?? '')))
      return { score: 0.6, reason: 'SubRip-like timing lines' };
    return { score: 0, reason: 'the first block is not a cue number followed by an `hh:mm:ss,mmm --> ...` line' };
  },
  read(text) {
    const index = createLineIndex(text);
    const diagnostics: Diagnostic[] = [];
    const items: RawItem[] = [];
    const lines = scanLines(text);
    const cues: Cue[] = [];
    let i = 0;
    while (i < lines.length) {
      if (lines[i]!.text.trim() === '') {
        i++;
        continue;
      }
      const blockStart = i;
      while (i < lines.length && lines[i]!.text.trim() !== '') i++;
      const block = lines.slice(blockStart, i);
      const t = block.findIndex((l) => TIMING.test(l.text));
      const position = index.position(block[0]!.start, block[block.length - 1]!.end);
      if (t < 0 || t > 1) {
        diagnostics.push({
          severity: 'warning',
          origin: 'parser:srt-cue',
          message: 'a block without a timing line was skipped',
          position,
        });
        continue;
      }
      const m = TIMING.exec(block[t]!.text)!;
      const start = parseTimestamp(m[1]!.replace(',', '.'));
      const end = parseTimestamp(m[2]!.replace(',', '.'));
      if (start === undefined) {
        diagnostics.push({
          severity: 'warning',
          origin: 'parser:srt-timing',
          message: `bad cue start '${m[1]}'; the cue is kept without a time`,
          position,
        });
      }
      const body = stripCueMarkup(
        block
          .slice(t + 1)
          .map((l) => l.text)
          .join('\n'),
      ).trim();
      if (body === '') continue;
      cues.push({
        start,
        end: end !== undefined && start !== undefined && end > start ? end : undefined,
        body,
        position,
      });
    }
    items.push(...labelledCueLines(cues));
    return { format: 'srt', meta: {}, items, diagnostics } satisfies RawTranscript;
  },
};
