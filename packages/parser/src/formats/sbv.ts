import type { Diagnostic } from '../model.js';
import type { FormatReader, RawItem, RawTranscript } from '../raw.js';
import { createLineIndex } from '../text/line-index.js';
import { parseTimestamp } from '../text/parse-timestamp.js';
import { scanLines } from '../text/scan-lines.js';
import { stripCueMarkup } from './cue-text.js';
import { labelledCueLines, type Cue } from './cue-lines.js';

const TIMING = /^\s*(\d{1,2}:\d{1,2}:\d{1,2}\.\d{1,3}),(\d{1,2}:\d{1,2}:\d{1,2}\.\d{1,3})\s*$/;

/**
 * YouTube's SubViewer captions (`.sbv`): blocks of a `start,end` line and the cue's text; `Name: ` starts a speaker.
 * @recognised YouTube SubViewer: blocks opening with `h:mm:ss.mmm,h:mm:ss.mmm`
 * @speakers `Name:` prefix, carried until it changes
 * @times cue times
 */
export const sbv: FormatReader<'sbv'> = {
  name: 'sbv',
  label: 'YouTube SubViewer captions',
  extensions: ['.sbv'],
  mediaTypes: ['text/plain'],
  detect(text) {
    const first = scanLines(text.replace(/^\uFEFF/, '').slice(0, 2000)).find((l) => l.text.trim() !== '');
    return first && TIMING.test(first.text)
      ? { score: 0.9, reason: 'the first line is an `h:mm:ss.mmm,h:mm:ss.mmm` timing' }
      : { score: 0, reason: 'the first line is not an `h:mm:ss.mmm,h:mm:ss.mmm` timing' };
  },
  read(text) {
    const index = createLineIndex(text);
    const diagnostics: Diagnostic[] = [];
    const lines = scanLines(text);
    const cues: Cue[] = [];
    for (let i = 0; i < lines.length;) {
      if (lines[i]!.text.trim() === '') {
        i++;
        continue;
      }
      const from = i;
      while (i < lines.length && lines[i]!.text.trim() !== '') i++;
      const block = lines.slice(from, i);
      const position = index.position(block[0]!.start, block[block.length - 1]!.end);
      const m = TIMING.exec(block[0]!.text);
      if (!m) {
        diagnostics.push({
          severity: 'warning',
          origin: 'parser:sbv-cue',
          message: 'a block without a timing line was skipped',
          position,
        });
        continue;
      }
      const start = parseTimestamp(m[1]!);
      const end = parseTimestamp(m[2]!);
      const body = stripCueMarkup(
        block
          .slice(1)
          .map((l) => l.text)
          .join('\n'),
      ).trim();
      if (body !== '')
        cues.push({
          start,
          end: end !== undefined && start !== undefined && end > start ? end : undefined,
          body,
          position,
        });
    }
    const items: RawItem[] = [];
    items.push(...labelledCueLines(cues));
    return { format: 'sbv', meta: {}, items, diagnostics } satisfies RawTranscript;
  },
};
