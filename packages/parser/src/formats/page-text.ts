import type { Diagnostic, EpisodeMeta } from '../model.js';
import type { FormatReader, RawItem, RawTranscript } from '../raw.js';
import { createLineIndex } from '../text/line-index.js';
import { parseTimestamp } from '../text/parse-timestamp.js';
import { scanLines, type SourceLine } from '../text/scan-lines.js';
import { isNameLike, isPlaceholderLabel } from '../labels/label-rules.js';

/** `Label: text (m:ss)`; the stamp is optional on lines that continue a turn. */
const PARAGRAPH = /^\s*([^:\n]{1,200}?):+\s+(.*?)(?:\s*\((\d{1,2}(?::\d{2}){1,2})\))?\s*$/;
const STAMPED = /\(\d{1,2}(?::\d{2}){1,2}\)\s*$/;
const SEASON = /^\s*Season\s+(\d+)\s*,\s*episode\s+(\d+)\b(.*)$/i;
const GUESTS = /\bwith\s+(.+?)\s*\.?$/i;
const SENTENCES = /[.!?]["”’)]?\s+["“‘(]?[A-Z]/;
const TRANSCRIPT_MARK = /^\s*transcript\s*:?\s*$/i;

function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A long run of sentences with no label: a paragraph whose speaker label was lost, not a heading. */
function isUnlabelledParagraph(text: string): boolean {
  const t = text.trim();
  return t.length > 150 && (t.match(/[.!?]["”’)]?(?:\s|$)/g) ?? []).length >= 2 && /[.!?"”’)]$/.test(t);
}

interface Classified {
  line: SourceLine;
  kind: 'paragraph' | 'other';
  label?: string;
  body?: string;
  stamp?: string;
}

function classify(lines: SourceLine[]): Classified[] {
  const known = new Set<string>();
  for (const line of lines) {
    if (!STAMPED.test(line.text)) continue;
    const m = PARAGRAPH.exec(line.text);
    if (m && isNameLike(m[1]!)) known.add(m[1]!.trim());
  }
  return lines.map((line) => {
    if (line.text.trim() === '') return { line, kind: 'other' };
    const m = PARAGRAPH.exec(line.text);
    if (!m) return isUnlabelledParagraph(line.text) ? { line, kind: 'paragraph', body: line.text.trim() } : { line, kind: 'other' };
    const label = m[1]!.trim();
    const sentenceLabel = !isNameLike(label) && (m[2]!.length > 80 || (label.length > 60 && m[2]!.length > 40));
    if (m[3] === undefined && !known.has(label) && !isPlaceholderLabel(label) && !sentenceLabel) return { line, kind: 'other' };
    return { line, kind: 'paragraph', label, body: m[2]!, stamp: m[3] };
  });
}

/** The text a reader copies from an episode page: boilerplate, title, headings and `Speaker: text (m:ss)` paragraphs. */
export const pageText: FormatReader = {
  name: 'page-text',
  extensions: ['.txt'],
  detect(text) {
    const sample = scanLines(text.slice(0, 200_000));
    let stamped = 0;
    for (const l of sample) if (STAMPED.test(l.text) && PARAGRAPH.test(l.text)) stamped++;
    if (stamped < 2) return { score: 0, reason: `${stamped} lines of the form 'Speaker: text (m:ss)' (needs 2)` };
    return { score: 0.7, reason: `${stamped} lines of the form 'Speaker: text (m:ss)'` };
  },
  read(text) {
    const index = createLineIndex(text);
    const diagnostics: Diagnostic[] = [];
    const lines = classify(scanLines(text));
    const meta: Partial<EpisodeMeta> = {};
    const first = lines.findIndex((l) => l.kind === 'paragraph');
    let last = -1;
    for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.kind === 'paragraph') { last = i; break; }
    const pos = (l: SourceLine) => index.position(l.start, l.end);

    // Headings directly above the first paragraph belong to the body; the rest of the top is the page's head.
    let bodyStart = first;
    for (let i = first - 1; i >= 0; i--) {
      const t = lines[i]!.line.text.trim();
      if (t === '') continue;
      if (TRANSCRIPT_MARK.test(t) || SEASON.test(t) || (SENTENCES.test(t) && /[.!]$/.test(t)) || t.length > 200) break;
      bodyStart = i;
    }
    let seasonLine = -1;
    for (let i = 0; i < bodyStart; i++) {
      const m = SEASON.exec(lines[i]!.line.text);
      if (m) {
        seasonLine = i;
        meta.season = Number(m[1]);
        meta.episode = Number(m[2]);
        const g = GUESTS.exec(m[3] ?? '');
        if (g) meta.guestNames = splitNames(g[1]!);
        break;
      }
    }
    const head = lines.slice(0, seasonLine >= 0 ? seasonLine : bodyStart).filter((l) => l.line.text.trim() !== '' && !TRANSCRIPT_MARK.test(l.line.text));
    const titleLine = seasonLine >= 0 ? head[head.length - 1] : head[0];
    if (titleLine && titleLine.line.text.trim().length <= 200) meta.title = titleLine.line.text.trim();
    const items: RawItem[] = [];
    lines.forEach((l, i) => {
      const t = l.line.text.trim();
      if (t === '') return;
      if (i < bodyStart || i > last || first < 0) {
        if (i !== seasonLine && t !== meta.title)
          diagnostics.push({ severity: 'info', origin: 'parser:boilerplate', message: `left out of the transcript: '${t.length > 60 ? `${t.slice(0, 57)}...` : t}'`, position: pos(l.line) });
        return;
      }
      if (l.kind === 'other') {
        items.push({ kind: 'heading', title: t, position: pos(l.line) });
        return;
      }
      const start = l.stamp !== undefined ? parseTimestamp(l.stamp) : undefined;
      if (l.label === undefined)
        diagnostics.push({ severity: 'info', origin: 'parser:speaker-missing', message: 'a paragraph without a speaker label continues the turn before it', position: pos(l.line) });
      items.push({ kind: 'line', label: l.label === undefined || isPlaceholderLabel(l.label) ? undefined : l.label, start, text: l.body!, position: pos(l.line) });
    });
    return { format: 'page-text', meta, items, diagnostics } satisfies RawTranscript;
  },
};
