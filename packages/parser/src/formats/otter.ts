import type { Diagnostic } from '../model.js';
import type { FormatReader, RawItem, RawLine, RawTranscript } from '../raw.js';
import { createLineIndex } from '../text/line-index.js';
import { parseTimestamp } from '../text/parse-timestamp.js';
import { scanLines } from '../text/scan-lines.js';
import { isNameLike, isPlaceholderLabel } from '../labels/label-rules.js';

/** `Name  1:35` (Otter puts two spaces; one is accepted), the text on the lines below. */
const HEADER = /^\s*([^\s\d:][^:\n]{0,59}?)\s+((?:\d{1,2}:)?\d{1,2}:\d{2})\s*$/;
const FOOTER = /^\s*transcribed by\b|otter\.ai/i;

function header(line: string): { label: string; stamp: string } | undefined {
  const m = HEADER.exec(line);
  if (!m || !isNameLike(m[1]!)) return undefined;
  return { label: m[1]!.trim(), stamp: m[2]! };
}

/**
 * Otter.ai text export.
 * @recognised `Name  0:03` header lines, text below
 * @speakers header
 * @times header
 */
export const otter: FormatReader<'otter'> = {
  name: 'otter',
  extensions: ['.txt'],
  label: 'Otter.ai text export',
  mediaTypes: ['text/plain'],
  detect(text) {
    const lines = scanLines(text.slice(0, 200_000));
    let headers = 0;
    for (let i = 0; i + 1 < lines.length; i++) {
      if (header(lines[i]!.text) && lines[i + 1]!.text.trim() !== '' && !header(lines[i + 1]!.text)) headers++;
    }
    if (headers < 2) return { score: 0, reason: `${headers} 'Name  m:ss' header lines followed by text (needs 2)` };
    return { score: 0.8, reason: `${headers} 'Name  m:ss' header lines followed by text` };
  },
  read(text) {
    const index = createLineIndex(text);
    const diagnostics: Diagnostic[] = [];
    const items: RawItem[] = [];
    let current: RawLine | undefined;
    let fresh = false;
    for (const l of scanLines(text)) {
      const t = l.text.trim();
      const position = index.position(l.start, l.end);
      if (t === '') continue;
      const h = header(l.text);
      if (h) {
        current = {
          kind: 'line',
          label: isPlaceholderLabel(h.label) ? undefined : h.label,
          start: parseTimestamp(h.stamp),
          text: '',
          position,
        };
        fresh = true;
        continue;
      }
      if (FOOTER.test(t) || !current) {
        diagnostics.push({
          severity: 'info',
          origin: 'parser:boilerplate',
          message: `left out of the transcript: '${t.length > 60 ? `${t.slice(0, 57)}...` : t}'`,
          position,
        });
        continue;
      }
      if (fresh) {
        current.text = t;
        current.position = { start: current.position!.start, end: position.end };
        items.push(current);
        fresh = false;
      } else {
        items.push({ kind: 'line', label: current.label, text: t, position });
      }
    }
    return { format: 'otter', meta: {}, items, diagnostics } satisfies RawTranscript;
  },
};
