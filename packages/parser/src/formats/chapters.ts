import type { Chapter, Diagnostic } from '../model.js';
import type { FormatReader, RawTranscript } from '../raw.js';
import { createLineIndex } from '../text/line-index.js';
import { parseTimestamp } from '../text/parse-timestamp.js';
import { scanLines } from '../text/scan-lines.js';

/** `00:12:34 Title`, `12:34 - Title`, `(12:34) Title`, `[12:34] Title`, `0:12:34.5 Title`. */
// The title runs to the end of the line and is trimmed in code: a lazy title before `\s*$` backtracks
// quadratically over a long blank run.
const CHAPTER = /^\s*[[(]?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[\])]?\s*(?:[-–—|:]\s*)?(\S.*)$/;
const SPEAKER_TURN = /^[^:]{1,40}:\s+\S.{60,}/;

/**
 * YouTube-style chapter lists: chapters only, to merge onto an episode with `mergeChapters`.
 * @recognised `00:12:34 Title` lines (YouTube chapter lists); merge onto an episode with `mergeChapters`
 * @speakers –
 * @times –
 */
export const chapters: FormatReader<'chapters'> = {
  name: 'chapters',
  extensions: ['.chapters', '.txt'],
  label: 'Chapter list',
  mediaTypes: ['text/plain'],
  provides: 'chapters',
  detect(text) {
    const lines = scanLines(text.slice(0, 100_000)).filter((l) => l.text.trim() !== '');
    if (lines.length === 0) return { score: 0, reason: 'no text' };
    let hits = 0;
    let turnLike = 0;
    const prefixes = new Map<string, number>();
    for (const l of lines) {
      const m = /^\s*[[(]?\d/.test(l.text) ? CHAPTER.exec(l.text) : null;
      if (m) {
        hits++;
        if (SPEAKER_TURN.test(m[2]!)) turnLike++;
        // A speaker's mark before the text: `Name: `, or a bold `**Name**` as Markdown transcripts write it.
        const prefix = /^([^:]{1,40}):\s/.exec(m[2]!)?.[1] ?? /^\*\*([^*\n]{1,120})\*\*/.exec(m[2]!)?.[1];
        if (prefix) prefixes.set(prefix, (prefixes.get(prefix) ?? 0) + 1);
      }
    }
    if (hits < 2 || hits < lines.length * 0.8)
      return { score: 0, reason: `${hits} of ${lines.length} lines are 'hh:mm:ss Title'` };
    const repeated = Math.max(0, ...prefixes.values());
    // Four speakers taking turns each open under a third of the lines; together, their repeated names open most.
    const withRepeated = [...prefixes.values()].filter((n) => n > 1).reduce((a, n) => a + n, 0);
    if ((repeated >= 2 && repeated > hits * 0.3) || (turnLike > hits / 2 && repeated > 1) || withRepeated > hits / 2)
      return {
        score: 0,
        reason: `'hh:mm:ss' lines, but ${withRepeated} start with a speaker's name used again ('Name:' or '**Name**')`,
      };
    return { score: 0.85, reason: `${hits} of ${lines.length} lines are 'hh:mm:ss Title'` };
  },
  read(text) {
    const index = createLineIndex(text);
    const diagnostics: Diagnostic[] = [];
    const list: Chapter[] = [];
    for (const l of scanLines(text)) {
      if (l.text.trim() === '') continue;
      const position = index.position(l.start, l.end);
      const m = CHAPTER.exec(l.text);
      const start = m ? parseTimestamp(m[1]!) : undefined;
      if (!m || start === undefined) {
        diagnostics.push({
          severity: 'warning',
          origin: 'parser:chapter-line',
          message: `not a chapter line ('hh:mm:ss Title'): '${l.text.trim().slice(0, 60)}'`,
          position,
        });
        continue;
      }
      const prev = list[list.length - 1];
      if (prev && start < prev.start)
        diagnostics.push({
          severity: 'warning',
          origin: 'parser:chapter-order',
          message: `chapter '${m[2]}' at ${m[1]} starts before the one above it`,
          position,
        });
      list.push({ title: m[2]!.trimEnd(), start, end: start, origin: 'chapters', position });
    }
    list.sort((a, b) => a.start - b.start);
    list.forEach((c, i) => {
      c.end = list[i + 1]?.start ?? c.start;
    });
    return { format: 'chapters', meta: {}, items: [], chapters: list, diagnostics } satisfies RawTranscript;
  },
};
