import type { Diagnostic } from '../model.js';
import type { FormatReader, RawItem, RawLine, RawTranscript } from '../raw.js';
import { isPlaceholderLabel } from '../labels/label-rules.js';
import { createLineIndex } from '../text/line-index.js';
import { scanLines } from '../text/scan-lines.js';
import { unescapeMarkdown } from '../text/unescape-markdown.js';
import { frontMatterSpan, readFrontMatter } from './read-front-matter.js';
import { matchHead, matchStamped } from './transcript-head.js';

const short = (t: string) => (t.length > 60 ? `${t.slice(0, 57)}...` : t);
const unbold = (t: string) => t.replace(/\*\*|__/g, '').trim();
const isFence = (t: string) => /^(?:```|~~~|---+$|\*\*\*+$)/.test(t);

/**
 * The lines as a Markdown reader sees them: backslash escapes undone (`**Ann:** \\[01:46\\]` is stamped), those of
 * front matter (from `bodyStart`, see `frontMatterSpan`) left out.
 */
const markdownLines = (text: string, bodyStart = 0) =>
  scanLines(text)
    .filter((l) => l.start >= bodyStart)
    .map((l) => ({ ...l, text: unescapeMarkdown(l.text) }));

interface Survey {
  heads: number;
  rich: number;
  stamped: number;
  repeated: number;
  lines: number;
}

function survey(text: string): Survey {
  const lines = markdownLines(text.slice(0, 200_000), frontMatterSpan(text)?.bodyStart).filter(
    (l) => l.text.trim() !== '',
  );
  const labels = new Map<string, number>();
  let heads = 0;
  let rich = 0;
  let stamped = 0;
  let inTurn = false;
  for (const l of lines) {
    const h = matchHead(l.text);
    if (h) {
      heads++;
      if (h.rich) rich++;
      labels.set(h.label, (labels.get(h.label) ?? 0) + 1);
      inTurn = true;
    } else if (inTurn && matchStamped(l.text)) stamped++;
  }
  return { heads, rich, stamped, repeated: [...labels.values()].filter((n) => n > 1).length, lines: lines.length };
}

/**
 * Markdown and text transcripts in the layouts of note apps, diarizers and transcription services:
 * `**Name:** text`, `**Name** [00:00:00] text`, `**[00:01] SPEAKER_00:** text`, `[Speaker 1 00:05] text`, or a
 * speaker header line (`**Name**`, `### Name`, `Name (00:05):`) followed by text or `[12.3s] text` lines.
 * @recognised Markdown and text layouts of note apps, diarizers and services: `**Name:** text`, `**Name** [hh:mm:ss]
 *   text`, `**[00:01] SPEAKER_00:** text`, `[00:01 - 00:05] **Speaker 0:** text`, `Name (00:05):`, `[Speaker 1
 *   00:05]`, a header line (`**Name**`, `### Name`, `[00:03 → 00:14] SPEAKER_00:`) followed by text or `[12.3s] text`
 *   lines; also Word documents (`.docx` from Otter, Rev, Descript, Zoom) through `@podlens/parser/node`, read by
 *   [mammoth](https://github.com/mwilliamson/mammoth.js) into the text readers
 * @speakers bold, bracketed or header label
 * @times stamps and ranges
 */
export const markdownTranscript: FormatReader<'markdown-transcript'> = {
  name: 'markdown-transcript',
  label: 'Markdown or text transcript (bold names, stamps, speaker headers)',
  extensions: ['.md', '.markdown', '.txt'],
  mediaTypes: ['text/markdown', 'text/plain'],
  detect(text) {
    const s = survey(text);
    if (s.heads < 2 || s.rich < 2)
      return { score: 0, reason: `${s.rich} lines with a bold, bracketed or stamped speaker label (needs 2)` };
    if (s.repeated < 1 && s.stamped < 2)
      return { score: 0, reason: `${s.heads} speaker labels, none repeated and no stamped lines under them` };
    return {
      score: 0.7 + 0.18 * Math.min(1, s.rich / s.lines),
      reason: `${s.rich} of ${s.lines} lines open with a bold, bracketed or stamped speaker label${s.stamped ? `, ${s.stamped} stamped lines under them` : ''}`,
    };
  },
  read(text) {
    const index = createLineIndex(text);
    // Front matter gives the episode's metadata; its lines are no turns.
    const front = readFrontMatter(text, index);
    const diagnostics: Diagnostic[] = front ? [...front.diagnostics] : [];
    const items: RawItem[] = [];
    let label: string | undefined;
    let inTurn = false;
    // A stamp waiting for the line it times: a header's (`Speaker 1 (00:05):`) or a line of its own (`12.3–15.6<br>`).
    let pending: { stamp?: number; end?: number; position: NonNullable<RawLine['position']> } | undefined;
    const timed = (line: RawLine, t: { stamp?: number; end?: number }) => {
      if (t.stamp !== undefined) line.start = t.stamp;
      if (t.end !== undefined) line.end = t.end;
      return line;
    };
    // In a file of bold or stamped labels, a plain `Word: text` is a speaker only where the label is used again
    // or also written the rich way: `Date: July 31` in a preamble is not a speaker.
    // Where turns are labelled otherwise (`**Ann:** text`), a Markdown heading alone (`## Invalidation`) is a speaker's
    // header only if its label heads turns more than once; said once, it is a heading: a chapter. Where headings are
    // how the file names its speakers (`## Ann` over her lines), each is a header, as before.
    const isHeading = (line: string) => /^\s*#{1,6}\s/.test(line);
    const richLabels = new Set<string>();
    const counts = new Map<string, number>();
    let labelledOtherwise = false;
    const lines = markdownLines(text, front?.bodyStart);
    for (const l of lines) {
      const h = matchHead(l.text);
      if (!h) continue;
      counts.set(h.label, (counts.get(h.label) ?? 0) + 1);
      if (h.rich) richLabels.add(h.label);
      if (h.rich && !labelledOtherwise && !isHeading(l.text)) labelledOtherwise = true;
    }
    const speakerHead = (line: string) => {
      const h = matchHead(line);
      if (!h) return undefined;
      if (labelledOtherwise && isHeading(line)) return (counts.get(h.label) ?? 0) > 1 ? h : undefined;
      return h.rich || richLabels.has(h.label) || (counts.get(h.label) ?? 0) > 1 ? h : undefined;
    };
    for (const l of lines) {
      const t = l.text.trim();
      if (t === '' || isFence(t)) continue;
      const position = index.position(l.start, l.end);
      const h = speakerHead(l.text);
      if (h) {
        label = isPlaceholderLabel(h.label) ? undefined : h.label;
        inTurn = true;
        const time = h.stamp !== undefined ? h : (pending ?? {});
        if (h.text !== '') {
          pending = undefined;
          items.push(timed({ kind: 'line', label, text: unbold(h.text), position }, time));
        } else pending = { ...time, position };
        continue;
      }
      if (/^#{1,6}\s/.test(t)) {
        items.push({ kind: 'heading', title: unbold(t.replace(/^#+\s*/, '')), position });
        continue;
      }
      const st = matchStamped(l.text);
      if (st && st.text === '') {
        pending = { ...st, position };
        continue;
      }
      if (!inTurn) {
        diagnostics.push({
          severity: 'info',
          origin: 'parser:boilerplate',
          message: `left out before the first turn: '${short(t)}'`,
          position,
        });
        continue;
      }
      const line = timed({ kind: 'line', label, text: unbold(st ? st.text : t), position }, st ?? pending ?? {});
      if (pending) line.position = { start: pending.position.start, end: position.end };
      pending = undefined;
      if (line.text !== '') items.push(line);
    }
    return { format: 'markdown-transcript', meta: front?.meta ?? {}, items, diagnostics } satisfies RawTranscript;
  },
};
