import type { Diagnostic } from '../model.js';
import type { FormatReader, RawItem, RawLine, RawTranscript } from '../raw.js';
import { createLineIndex } from '../text/line-index.js';
import { parseTimestamp } from '../text/parse-timestamp.js';
import { scanLines } from '../text/scan-lines.js';
import { isNameLike, isPlaceholderLabel } from '../labels/label-rules.js';

const T = String.raw`\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?`;
/** `[hh:mm:ss] Name: `, `hh:mm:ss Name: `, `(m:ss) Name: `, `Name: ` at the start of a line. */
const HEAD = new RegExp(
  String.raw`^\s*(?:\[(${T})\]\s*|\((${T})\)\s*|(${T})\s+(?:[-–—]\s*)?)?([^:\n\[\]()\s][^:\n\[\]()]{0,59}?)\s*:\s+`,
);
/** A stamp at the end of a line: `Name: text (m:ss)`. */
const TAIL = new RegExp(String.raw`^[\[(](${T})[\])]$`);

interface Match {
  stamp?: string;
  label: string;
  text: string;
}

function match(line: string): Match | undefined {
  if (!line.includes(':')) return undefined;
  // Leading white space is cut first: left to `^\s*`, a long blank run backtracks quadratically into the label.
  line = line.trimStart();
  const m = HEAD.exec(line);
  if (!m) return undefined;
  const label = m[4]!.trim();
  if (!isNameLike(label) || /^\d/.test(label)) return undefined;
  let text = line.slice(m[0].length).trimEnd();
  let stamp = m[1] ?? m[2] ?? m[3];
  const last = text.charCodeAt(text.length - 1);
  if (last === 41 || last === 93) {
    const open = Math.max(text.lastIndexOf('('), text.lastIndexOf('['));
    const tail = open >= 0 ? TAIL.exec(text.slice(open)) : null;
    if (tail) {
      stamp ??= tail[1];
      text = text.slice(0, open).trimEnd();
    }
  }
  return { stamp, label, text };
}

/**
 * Plain text, a turn a line: `Name: text` with an optional stamp; other lines continue the turn.
 * @recognised `Name: text` lines, with optional `[hh:mm:ss]`, `(m:ss)` or `hh:mm:ss` stamps
 * @speakers label
 * @times stamps, else estimated at 150 words a minute
 */
export const plain: FormatReader<'plain'> = {
  name: 'plain',
  extensions: ['.txt', '.text'],
  label: 'Plain text',
  mediaTypes: ['text/plain'],
  detect(text) {
    const lines = scanLines(text.slice(0, 200_000)).filter((l) => l.text.trim() !== '');
    if (lines.length === 0) return { score: 0, reason: 'no text' };
    const labels = new Map<string, number>();
    let turns = 0;
    for (const l of lines) {
      const m = match(l.text);
      if (m) {
        turns++;
        labels.set(m.label, (labels.get(m.label) ?? 0) + 1);
      }
    }
    const repeated = [...labels.values()].filter((n) => n > 1).length;
    if (turns < 2 || repeated < 1)
      return { score: 0, reason: `${turns} lines of the form 'Name: text' with no name repeated` };
    return {
      score: 0.2 + 0.4 * (turns / lines.length),
      reason: `${turns} of ${lines.length} lines are 'Name: text' turns`,
    };
  },
  read(text) {
    const index = createLineIndex(text);
    const diagnostics: Diagnostic[] = [];
    const items: RawItem[] = [];
    let current: RawLine | undefined;
    for (const l of scanLines(text)) {
      const t = l.text.trim();
      if (t === '') continue;
      const m = match(l.text);
      const position = index.position(l.start, l.end);
      if (m) {
        const start = m.stamp !== undefined ? parseTimestamp(m.stamp) : undefined;
        current = {
          kind: 'line',
          label: isPlaceholderLabel(m.label) ? undefined : m.label,
          start,
          text: m.text,
          position,
        };
        items.push(current);
      } else if (current) {
        items.push({ kind: 'line', label: current.label, text: t, position });
      } else {
        diagnostics.push({
          severity: 'info',
          origin: 'parser:boilerplate',
          message: `left out before the first turn: '${t.length > 60 ? `${t.slice(0, 57)}...` : t}'`,
          position,
        });
      }
    }
    return { format: 'plain', meta: {}, items, diagnostics } satisfies RawTranscript;
  },
};
